import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { createContext } from '../../src/context';
import { HERITAGE_ITEM, HERITAGE_LISTING, heritageItemByListingKey } from '../../src/modules/heritage';
import { recordsOf } from '../../src/records';
import { globalId, nodeRowIds, rowIdOf } from '../support/ids';
import { Row, rowIds, rows } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';
import type { RevitalizationEntryFilter, RevitalizationEntryOrder } from '../graphql/graphql';

const ENTRIES = graphql(`query RevitalizationEntryPage($first: Int, $after: String, $last: Int, $before: String, $filter: RevitalizationEntryFilter, $orderBy: RevitalizationEntryOrder) {
  revitalizationEntries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id catalogueLevel batch year categoryCode name regionCode } }
  }
}`);

describeEachBackend('heritage listings and the revitalisation catalogue', (backend) => {
  let api: ApiHarness;
  const sql = <T = Row>(text: string, params?: unknown[]) => rows<T>(api, 'culture', text, params);
  const ids = (text: string, params?: unknown[]) => rowIds(api, 'culture', text, params);
  const allEntries = async (filter: RevitalizationEntryFilter, orderBy: RevitalizationEntryOrder = 'ID') => {
    const page = await api.data(ENTRIES, { first: 100, filter, orderBy });
    expect(page.revitalizationEntries.pageInfo.hasNextPage).toBe(false);
    expect(page.revitalizationEntries.totalCount).toBe(page.revitalizationEntries.edges.length);
    return nodeRowIds(page.revitalizationEntries, 'RevitalizationEntry');
  };

  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  describe('revitalizationEntries', () => {
    it('walks every page forward by name, and backward by year, with no duplicate and no gap', async () => {
      const byName = await ids('SELECT id FROM revitalization_entry ORDER BY name, id');
      expect(byName.length).toBeGreaterThan(15);
      const forward = await walkForward(async (after) => {
        const { revitalizationEntries } = await api.data(ENTRIES, { first: 7, after, orderBy: 'NAME' });
        expect(revitalizationEntries.totalCount).toBe(byName.length);
        return revitalizationEntries;
      });
      expect(forward.map((n) => rowIdOf(n.id, 'RevitalizationEntry'))).toEqual(byName);

      const byYear = await ids('SELECT id FROM revitalization_entry ORDER BY year, id');
      const backward = await walkBackward(async (before) => (await api.data(ENTRIES, { last: 6, before, orderBy: 'YEAR' })).revitalizationEntries);
      expect(backward.map((n) => rowIdOf(n.id, 'RevitalizationEntry'))).toEqual(byYear);
    });

    it('returns the columns as stored', async () => {
      const rows = await sql('SELECT * FROM revitalization_entry ORDER BY id');
      const page = await api.data(ENTRIES, { first: 100 });
      expect(page.revitalizationEntries.edges.map((e) => e.node)).toEqual(
        rows.slice(0, 100).map((r) => ({
          id: globalId('RevitalizationEntry', r.id),
          catalogueLevel: r.catalogue_level,
          batch: Number(r.batch),
          year: Number(r.year),
          categoryCode: r.category_code,
          name: r.name,
          regionCode: r.region_code,
        })),
      );
    });

    it('filters agree with SQL', async () => {
      expect(await allEntries({ catalogueLevels: ['NATIONAL'] })).toEqual(await ids(`SELECT id FROM revitalization_entry WHERE catalogue_level = 'NATIONAL' ORDER BY id`));
      const [{ category_code: code }] = await sql('SELECT category_code FROM revitalization_entry WHERE category_code IS NOT NULL GROUP BY category_code ORDER BY COUNT(*) DESC, category_code LIMIT 1');
      expect(await allEntries({ categoryCodes: [code, 'QJZZ'] })).toEqual(await ids(`SELECT id FROM revitalization_entry WHERE category_code IN (?, 'QJZZ') ORDER BY id`, [code]));
      const [{ city }] = await sql('SELECT SUBSTR(region_code, 1, 4) AS city FROM revitalization_entry GROUP BY SUBSTR(region_code, 1, 4) ORDER BY COUNT(*) DESC LIMIT 1');
      expect(await allEntries({ regionCode: `${city}00` })).toEqual(await ids('SELECT id FROM revitalization_entry WHERE region_code LIKE ? ORDER BY id', [`${city}%`]));
      expect(await allEntries({ yearFrom: 2018, yearTo: 2018 })).toEqual(await ids('SELECT id FROM revitalization_entry WHERE year = 2018 ORDER BY id'));
      expect(await allEntries({ yearFrom: 2019 })).toEqual([]);
      expect(await allEntries({ hasHeritageItem: false })).toEqual(await ids('SELECT id FROM revitalization_entry WHERE item_id IS NULL ORDER BY id'));
      expect(await allEntries({ hasHeritageItem: true }, 'NAME')).toEqual(await ids('SELECT id FROM revitalization_entry WHERE item_id IS NOT NULL ORDER BY name, id'));
      const [{ name }] = await sql('SELECT name FROM revitalization_entry ORDER BY id LIMIT 1');
      expect(await allEntries({ nameContains: name.slice(0, 2) })).toEqual(await ids('SELECT id FROM revitalization_entry WHERE name LIKE ? ORDER BY id', [`%${name.slice(0, 2)}%`]));
      const [linked] = await sql('SELECT r.item_id, i.item_key FROM revitalization_entry r JOIN heritage_item i ON i.id = r.item_id ORDER BY r.id LIMIT 1');
      expect(await allEntries({ itemKeys: [linked.item_key] })).toEqual(await ids('SELECT id FROM revitalization_entry WHERE item_id = ? ORDER BY id', [linked.item_id]));
    });

    it.each([
      [{ first: 1000 }, 'first'],
      [{ filter: { regionCode: '371200x' } }, 'filter.regionCode'],
      [{ filter: { yearFrom: 2018, yearTo: 2017 } }, 'filter.yearTo'],
      [{ filter: { itemKeys: ['NOWHERE:Ⅷ-1:370100'] } }, 'filter.itemKeys[0]'],
    ])('rejects %j with an error naming %s', async (variables, argument) => {
      const body = await api.query(ENTRIES, variables);
      expect(Object.values(body.data ?? {})).toEqual([null]);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('RevitalizationEntry.heritageItem and .region: one statement for all items, null where none', async () => {
      const data = await api.data(`{ revitalizationEntries(first: 100) { edges { node { id regionCode region { code } heritageItem { id itemKey } } } } }`);
      expect(api.statements().culture).toBe(1);  // same-source levels below come with it, in one chained statement
      const rows = await sql('SELECT r.id, i.item_key FROM revitalization_entry r LEFT JOIN heritage_item i ON i.id = r.item_id ORDER BY r.id LIMIT 100');
      const nodes = data.revitalizationEntries.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => n.heritageItem?.itemKey ?? null)).toEqual(rows.map((r) => r.item_key ?? null));
      expect(nodes.some((n: any) => n.heritageItem === null)).toBe(true);
      expect(nodes.some((n: any) => n.heritageItem !== null)).toBe(true);
      for (const n of nodes) expect(n.region.code).toBe(n.regionCode);
    });
  });

  it('HeritageItem.listings, .revitalizationEntries and .inheritors for 100 items: one statement per relationship, matching SQL', async () => {
    const data = await api.data(`{
      heritageItems(first: 100, filter: { levels: [NATIONAL, PROVINCIAL] }) { edges { node { id itemKey
        listings(first: 5) { totalCount edges { node { id listingKey kind level number batch year areaCode area { code } protectionUnitName protectionUnitUscc heritageItem { id } } } }
        revitalizationEntries(first: 5) { edges { node { id heritageItem { id } } } }
        inheritors(first: 1) { edges { node { id } } } } } }
    }`);
    // Items with their listings (counted), entries and the back-links to the items: one chained statement;
    // inheritor pages (looked up by a rule of their own, the ID-lookup budget): one more. Never one per row.
    const statements = api.statements().culture;
    expect(statements).toBe(2);
    const items = data.heritageItems.edges.map((e: any) => e.node);
    expect(items.length).toBeGreaterThan(20);
    const itemIds = items.map((i: any) => rowIdOf(i.id, 'HeritageItem'));
    const marks = itemIds.map(() => '?').join(', ');
    const listings = await sql(`SELECT * FROM heritage_listing WHERE item_id IN (${marks}) ORDER BY id`, itemIds);
    const entries = await sql(`SELECT id, item_id FROM revitalization_entry WHERE item_id IN (${marks}) ORDER BY id`, itemIds);
    const inheritors = await sql(`SELECT id, item_id FROM inheritor WHERE item_id IN (${marks}) ORDER BY id`, itemIds);
    let extensions = 0;
    items.forEach((item: any, i: number) => {
      const id = itemIds[i];
      const own = listings.filter((l) => Number(l.item_id) === id);
      expect(item.listings.totalCount).toBe(own.length);
      expect(item.listings.edges.map((e: any) => e.node)).toEqual(
        own.slice(0, 5).map((l) => ({
          id: globalId('HeritageListing', l.id),
          listingKey: l.listing_key,
          kind: l.kind,
          level: l.level,
          number: l.number,
          batch: l.batch === null ? null : Number(l.batch),
          year: l.year === null ? null : Number(l.year),
          areaCode: l.area_code,
          area: { code: l.area_code },
          protectionUnitName: l.protection_unit_name,
          protectionUnitUscc: l.protection_unit_uscc,
          heritageItem: { id: item.id },
        })),
      );
      // An item's own key is the key of its first (NEW) listing.
      expect(item.listings.edges[0].node).toMatchObject({ listingKey: item.itemKey, kind: 'NEW' });
      extensions += own.filter((l) => l.kind === 'EXTENSION').length;
      expect(item.revitalizationEntries.edges.map((e: any) => rowIdOf(e.node.id, 'RevitalizationEntry'))).toEqual(
        entries.filter((r) => Number(r.item_id) === id).slice(0, 5).map((r) => Number(r.id)),
      );
      for (const e of item.revitalizationEntries.edges) expect(e.node.heritageItem.id).toBe(item.id);
      expect(item.inheritors.edges.map((e: any) => rowIdOf(e.node.id, 'Inheritor'))).toEqual(
        inheritors.filter((r) => Number(r.item_id) === id).slice(0, 1).map((r) => Number(r.id)),
      );
    });
    expect(extensions).toBeGreaterThan(0);
    expect(entries.length).toBeGreaterThan(0);
  });

  it('filters and pages HeritageItem.listings', async () => {
    const [{ item_id: itemId }] = await sql(`SELECT item_id FROM heritage_listing GROUP BY item_id HAVING COUNT(*) > 1 ORDER BY item_id LIMIT 1`);
    const id = globalId('HeritageItem', itemId);
    const expected = (await sql('SELECT listing_key FROM heritage_listing WHERE item_id = ? ORDER BY id', [itemId])).map((r) => r.listing_key);
    const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on HeritageItem { listings(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { listingKey } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const data: any = await api.data(query, { id, after });
      seen.push(...data.node.listings.edges.map((e: any) => e.node.listingKey));
      if (!data.node.listings.pageInfo.hasNextPage) break;
      after = data.node.listings.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const onlyExtensions = await api.data(`query ($id: ID!) { node(id: $id) { ... on HeritageItem { listings(filter: { kinds: [EXTENSION] }) { totalCount edges { node { kind } } } } } }`, { id });
    expect(onlyExtensions.node.listings.totalCount).toBe(expected.length - 1);
    for (const e of onlyExtensions.node.listings.edges) expect(e.node.kind).toBe('EXTENSION');
    const bad = await api.query(`query ($id: ID!) { node(id: $id) { ... on HeritageItem { listings(last: 500) { totalCount } } } }`, { id });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
  });

  it('heritageItems.filter.itemKeys finds an item by the key of an extension listing', async () => {
    const [extension] = await sql(`SELECT l.listing_key, i.item_key FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE l.kind = 'EXTENSION' ORDER BY l.id LIMIT 1`);
    const data = await api.data(`query ($keys: [String!]) { heritageItems(filter: { itemKeys: $keys }) { edges { node { itemKey } } } }`, { keys: [extension.listing_key] });
    expect(data.heritageItems.edges.map((e: any) => e.node.itemKey)).toEqual([extension.item_key]);
  });

  it('round-trips HeritageListing, RevitalizationEntry and HeritageItem through node(id:)', async () => {
    const [listing] = await sql('SELECT id, listing_key, item_id FROM heritage_listing ORDER BY id DESC LIMIT 1');
    const a = await api.data(`query ($id: ID!) { node(id: $id) { __typename id ... on HeritageListing { listingKey heritageItem { id } } } }`, { id: globalId('HeritageListing', listing.id) });
    expect(a.node).toEqual({ __typename: 'HeritageListing', id: globalId('HeritageListing', listing.id), listingKey: listing.listing_key, heritageItem: { id: globalId('HeritageItem', listing.item_id) } });
    const [entry] = await sql('SELECT id, name FROM revitalization_entry ORDER BY id DESC LIMIT 1');
    const b = await api.data(`query ($id: ID!) { node(id: $id) { __typename id ... on RevitalizationEntry { name } } }`, { id: globalId('RevitalizationEntry', entry.id) });
    expect(b.node).toEqual({ __typename: 'RevitalizationEntry', id: globalId('RevitalizationEntry', entry.id), name: entry.name });
    const c = await api.data(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id: globalId('HeritageItem', listing.item_id) });
    expect(c.node).toEqual({ __typename: 'HeritageItem', id: globalId('HeritageItem', listing.item_id) });
    const missing = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [globalId('HeritageListing', 999999), globalId('RevitalizationEntry', 999999)] });
    expect(missing.nodes).toEqual([null, null]);
  });

  describe('loaders for other modules', () => {
    it('heritageItemByListingKey: one statement, key order, extension keys resolve to their item, null for a miss', async () => {
      const listings = await sql('SELECT l.listing_key, i.item_key FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id ORDER BY l.kind, l.id DESC LIMIT 30');
      const keys = [...listings.map((l) => l.listing_key as string), 'COUNTY:Ⅰ-9999:370102'];
      const ctx = createContext(api.db.sources);
      api.counters.culture.reset();
      const items = await Promise.all(keys.map((k) => heritageItemByListingKey(ctx, k)));
      expect(api.counters.culture.statements).toHaveLength(1);
      expect(items.map((i) => i?.itemKey ?? null)).toEqual([...listings.map((l) => l.item_key), null]);
    });

    it('the by-id loaders of listings and items: one statement each, key order, null for a miss', async () => {
      const listings = await sql('SELECT id, listing_key, item_id FROM heritage_listing ORDER BY id DESC LIMIT 25');
      const ctx = createContext(api.db.sources);
      api.counters.culture.reset();
      const found = await Promise.all([...listings.map((l) => Number(l.id)), 999999].map((id) => recordsOf(ctx, HERITAGE_LISTING).byId().load(id)));
      expect(api.counters.culture.statements).toHaveLength(1);
      expect(found.map((l) => l?.listingKey ?? null)).toEqual([...listings.map((l) => l.listing_key), null]);
      api.counters.culture.reset();
      const items = await Promise.all([999999, ...listings.map((l) => Number(l.item_id))].map((id) => recordsOf(ctx, HERITAGE_ITEM).byId().load(id)));
      expect(api.counters.culture.statements).toHaveLength(1);
      expect(items.map((i) => i?.rowId ?? null)).toEqual([null, ...listings.map((l) => Number(l.item_id))]);
    });
  });
});
