import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder, citizenIdEndingInX } from '../support/builders';
import { createContext } from '../../src/context';
import { INHERITOR } from '../../src/modules/heritage';
import { recordsOf } from '../../src/records';
import { normalizeCitizenId } from '../../src/shared/identifiers';
import { maskedId } from '../support/masks';
import { globalId, nodeRowIds, rowIdOf } from '../support/ids';
import { Row, rowIds, rows } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';
import type { InheritorFilter, InheritorOrder } from '../graphql/graphql';

const PAGE = graphql(`query InheritorPage($first: Int, $after: String, $last: Int, $before: String, $filter: InheritorFilter, $orderBy: InheritorOrder) {
  inheritors(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name idNumber level year batch regionCode } }
  }
}`);

describeEachBackend('inheritors', (backend) => {
  let api: ApiHarness;
  const sql = <T = Row>(text: string, params?: unknown[]) => rows<T>(api, 'culture', text, params);
  const ids = (text: string, params?: unknown[]) => rowIds(api, 'culture', text, params);
  const all = async (filter: InheritorFilter, orderBy: InheritorOrder = 'ID') => {
    const page = await api.data(PAGE, { first: 100, filter, orderBy });
    expect(page.inheritors.pageInfo.hasNextPage).toBe(false);
    expect(page.inheritors.totalCount).toBe(page.inheritors.edges.length);
    return nodeRowIds(page.inheritors, 'Inheritor');
  };

  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  it('walks every page forward by year with no duplicate and no gap, matching SQL', async () => {
    const expected = await ids('SELECT id FROM inheritor ORDER BY year, id');
    expect(expected.length).toBeGreaterThan(100);
    const seen = await walkForward(async (after) => {
      const { inheritors } = await api.data(PAGE, { first: 41, after, orderBy: 'YEAR' });
      expect(inheritors.totalCount).toBe(expected.length);
      return inheritors;
    });
    expect(seen.map((n) => rowIdOf(n.id, 'Inheritor'))).toEqual(expected);
  });

  it('walks backward by name with last/before to the same list', async () => {
    const expected = await ids('SELECT id FROM inheritor ORDER BY name, id');
    const seen = await walkBackward(async (before) => (await api.data(PAGE, { last: 60, before, orderBy: 'NAME' })).inheritors);
    expect(seen.map((n) => rowIdOf(n.id, 'Inheritor'))).toEqual(expected);
  });

  it('shows the citizen ID masked as idNumber, and the other columns as stored', async () => {
    const page = await api.as('ANALYST').data(PAGE, { first: 30 });
    const rows = await sql('SELECT * FROM inheritor ORDER BY id LIMIT 30');
    page.inheritors.edges.forEach((e, i) => {
      const row = rows[i];
      const id: string = row.citizen_id;
      expect(e.node).toEqual({
        id: globalId('Inheritor', row.id),
        name: row.name,
        idNumber: maskedId(id),
        level: row.level,
        year: Number(row.year),
        batch: row.batch === null ? null : Number(row.batch),
        regionCode: row.region_code,
      });
      expect(JSON.stringify(e.node)).not.toContain(id);
    });
    const schema = await api.data(`{ __type(name: "Inheritor") { fields { name } } }`);
    expect(schema.__type.fields.map((f: { name: string }) => f.name)).not.toContain('citizenId');
  });

  describe('filters agree with SQL', () => {
    it('levels', async () => {
      expect(await all({ levels: ['NATIONAL'] })).toEqual(await ids(`SELECT id FROM inheritor WHERE level = 'NATIONAL' ORDER BY id`));
    });

    it('regionCode matches the whole subtree', async () => {
      const [{ city }] = await sql<{ city: string }>('SELECT SUBSTR(region_code, 1, 4) AS city FROM inheritor GROUP BY SUBSTR(region_code, 1, 4) ORDER BY COUNT(*) LIMIT 1');
      const expected = await ids('SELECT id FROM inheritor WHERE region_code LIKE ? ORDER BY id', [`${city}%`]);
      expect(expected.length).toBeGreaterThan(0);
      expect(await all({ regionCode: `${city}00` })).toEqual(expected);
    });

    it('yearFrom/yearTo and nameContains, ordered by name', async () => {
      expect(await all({ yearFrom: 2020, yearTo: 2021, levels: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL'] }, 'NAME')).toEqual(
        await ids(`SELECT id FROM inheritor WHERE year BETWEEN 2020 AND 2021 AND level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL') ORDER BY name, id`),
      );
      const [{ name }] = await sql('SELECT name FROM inheritor ORDER BY id LIMIT 1');
      const surname = name.slice(0, 1);
      const expected = await ids('SELECT id FROM inheritor WHERE name LIKE ? ORDER BY id', [`%${surname}%`]);
      const page = await api.data(PAGE, { first: 0, filter: { nameContains: surname } });
      expect(page.inheritors.totalCount).toBe(expected.length);
      const few = await all({ nameContains: surname, yearFrom: 2025 });
      expect(few).toEqual(await ids('SELECT id FROM inheritor WHERE name LIKE ? AND year >= 2025 ORDER BY id', [`%${surname}%`]));
    });

    it('itemKeys, any spelling, through any listing key', async () => {
      const [item] = await sql(`SELECT i.id, i.item_key FROM heritage_item i JOIN inheritor h ON h.item_id = i.id WHERE i.level = 'NATIONAL' GROUP BY i.id, i.item_key ORDER BY COUNT(*) DESC, i.id LIMIT 1`);
      expect(await all({ itemKeys: [item.item_key.toLowerCase()] })).toEqual(await ids('SELECT id FROM inheritor WHERE item_id = ? ORDER BY id', [item.id]));
      const [extension] = await sql(`SELECT l.listing_key, l.item_id FROM heritage_listing l WHERE l.kind = 'EXTENSION' AND EXISTS (SELECT 1 FROM inheritor h WHERE h.item_id = l.item_id) ORDER BY l.id LIMIT 1`);
      expect(await all({ itemKeys: [extension.listing_key] })).toEqual(await ids('SELECT id FROM inheritor WHERE item_id = ? ORDER BY id', [extension.item_id]));
    });

    it('citizenId, normalised', async () => {
      const [{ citizen_id: citizenId }] = await sql('SELECT citizen_id FROM inheritor GROUP BY citizen_id ORDER BY COUNT(*) DESC, citizen_id LIMIT 1');
      expect(await all({ citizenId: ` ${citizenId.toLowerCase()} ` })).toEqual(await ids('SELECT id FROM inheritor WHERE citizen_id = ? ORDER BY id', [citizenId]));
    });
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ filter: { regionCode: '370000x' } }, 'filter.regionCode'],
    [{ filter: { regionCode: '110000' } }, 'filter.regionCode'],
    [{ filter: { yearFrom: 2020, yearTo: 2019 } }, 'filter.yearTo'],
    [{ filter: { itemKeys: ['NATIONAL:Ⅷ'] } }, 'filter.itemKeys[0]'],
    [{ filter: { citizenId: '370102199001011235' } }, 'filter.citizenId'],
    [{ filter: { citizenId: '3701021990' } }, 'filter.citizenId'],
    [{ before: 'abc', orderBy: 'NAME' }, 'before'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(PAGE, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('HeritageItem.inheritors for 60 items: one statement for the pages, one for the counts, matching SQL', async () => {
    const data = await api.data(`{
      heritageItems(first: 60, orderBy: NAME) { edges { node { id
        inheritors(first: 2, orderBy: YEAR) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id year heritageItem { id } } } } } } }
    }`);
    // Root page, inheritor pages, inheritor counts; heritageItem comes back from the loader's cache batch: one more.
    expect(api.statements().culture).toBe(3);  // same-source levels below come with it, in one chained statement
    const items = data.heritageItems.edges.map((e: any) => e.node);
    const itemIds = items.map((i: any) => rowIdOf(i.id, 'HeritageItem'));
    const rows = await sql(`SELECT id, item_id FROM inheritor WHERE item_id IN (${itemIds.map(() => '?').join(', ')}) ORDER BY year, id`, itemIds);
    let empty = 0;
    items.forEach((item: any, i: number) => {
      const expected = rows.filter((r) => Number(r.item_id) === itemIds[i]).map((r) => Number(r.id));
      if (expected.length === 0) empty++;
      expect(item.inheritors.totalCount).toBe(expected.length);
      expect(item.inheritors.pageInfo).toEqual({ hasNextPage: expected.length > 2, hasPreviousPage: false });
      expect(item.inheritors.edges.map((e: any) => rowIdOf(e.node.id, 'Inheritor'))).toEqual(expected.slice(0, 2));
      for (const e of item.inheritors.edges) expect(e.node.heritageItem.id).toBe(item.id);
    });
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(items.length);
  });

  it('filters and pages HeritageItem.inheritors by cursor', async () => {
    const [{ item_id: itemId }] = await sql('SELECT item_id FROM inheritor GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT 1');
    const expected = await ids('SELECT id FROM inheritor WHERE item_id = ? ORDER BY name, id', [itemId]);
    expect(expected.length).toBeGreaterThan(1);
    const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on HeritageItem { inheritors(first: 1, after: $after, orderBy: NAME, filter: { yearFrom: 1900 }) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
    const seen: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const data: any = await api.data(query, { id: globalId('HeritageItem', itemId), after });
      seen.push(...data.node.inheritors.edges.map((e: any) => rowIdOf(e.node.id, 'Inheritor')));
      if (!data.node.inheritors.pageInfo.hasNextPage) break;
      after = data.node.inheritors.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('Inheritor.heritageItem and .region for 80 inheritors: one statement for all items, matching SQL', async () => {
    const data = await api.data(`{ inheritors(first: 80, orderBy: NAME) { edges { node { id regionCode region { code level } heritageItem { id itemKey } } } } }`);
    expect(api.statements().culture).toBe(2);
    const inheritors = data.inheritors.edges.map((e: any) => e.node);
    const rows = await sql(`SELECT h.id, i.item_key FROM inheritor h JOIN heritage_item i ON i.id = h.item_id ORDER BY h.name, h.id LIMIT 80`);
    expect(inheritors.map((h: any) => h.heritageItem.itemKey)).toEqual(rows.map((r) => r.item_key));
    for (const h of inheritors) expect(h.region.code).toBe(h.regionCode);
  });

  it('round-trips Inheritor through node(id:)', async () => {
    const page = await api.data(PAGE, { first: 3, orderBy: 'NAME' });
    for (const edge of page.inheritors.edges) {
      const data = await api.data(`query ($id: ID!) { node(id: $id) { __typename ... on Inheritor { id name idNumber } } }`, { id: edge.node.id });
      expect(data.node).toEqual({ __typename: 'Inheritor', id: edge.node.id, name: edge.node.name, idNumber: edge.node.idNumber });
    }
    const missing = await api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId('Inheritor', 999999) });
    expect(missing.node).toBeNull();
  });

  describe('loaders for other modules', () => {
    it('inheritors by citizen ID: one statement, a list per key in key order, empty for a miss, any spelling', async () => {
      const citizenIds = (await sql('SELECT DISTINCT citizen_id FROM inheritor ORDER BY citizen_id DESC LIMIT 25')).map((r) => r.citizen_id as string);
      const withX = await (await builder(api)).inheritor({ citizenId: citizenIdEndingInX('370702', '1961-05-20', 'FEMALE') });
      const keys = [...citizenIds, '370102199001011234', withX.citizenId.toLowerCase()];
      const ctx = createContext(api.db.sources);
      api.counters.culture.reset();
      const lists = await Promise.all(keys.map((k) => recordsOf(ctx, INHERITOR).byColumn('citizenId', { normalise: normalizeCitizenId }).load(k)));
      expect(api.counters.culture.statements).toHaveLength(1);
      const rows = await sql('SELECT id, citizen_id FROM inheritor ORDER BY id');
      lists.forEach((list, i) => {
        expect(list.map((h) => h.rowId)).toEqual(rows.filter((r) => r.citizen_id === keys[i].toUpperCase()).map((r) => Number(r.id)));
      });
      expect(lists[citizenIds.length]).toEqual([]);
      expect(lists[0].length).toBeGreaterThan(0);
      expect(lists[keys.length - 1].map((h) => h.rowId)).toEqual([withX.id]);
    });

    it('inheritors by id: one statement, key order, null for a miss', async () => {
      const rows = await sql('SELECT id, name FROM inheritor ORDER BY id DESC LIMIT 21');
      const keys = [...rows.map((r) => Number(r.id)), 999999];
      const ctx = createContext(api.db.sources);
      api.counters.culture.reset();
      const found = await recordsOf(ctx, INHERITOR).byId().loadMany(keys);
      expect(api.counters.culture.statements).toHaveLength(1);
      expect(found.map((h) => (h && !(h instanceof Error) ? h.name : null))).toEqual([...rows.map((r) => r.name), null]);
    });
  });
});
