import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';

const PAGE = graphql(`query HeritageItemPage($first: Int, $after: String, $last: Int, $before: String, $filter: HeritageItemFilter, $orderBy: HeritageItemOrder) {
  heritageItems(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id itemKey name level category regionCode number nationalNumber } }
  }
}`);

describeEachBackend('heritageItems', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  it('walks every page forward with no duplicate and no gap, matching SQL', async () => {
    const expected: string[] = (await api.db.sources.culture.query('SELECT item_key FROM heritage_item ORDER BY name, id')).map((r: { item_key: string }) => r.item_key);
    const seen = await walkForward(async (after) => {
      const { heritageItems } = await api.data(PAGE, { first: 37, after, orderBy: 'NAME' });
      expect(heritageItems.totalCount).toBe(expected.length);
      return heritageItems;
    });
    expect(seen.map((n) => n.itemKey)).toEqual(expected);
  });

  it('walks backward with last/before to the same list', async () => {
    const expected: string[] = (await api.db.sources.culture.query('SELECT item_key FROM heritage_item ORDER BY id')).map((r: { item_key: string }) => r.item_key);
    const seen = await walkBackward(async (before) => (await api.data(PAGE, { last: 50, before })).heritageItems);
    expect(seen.map((n) => n.itemKey)).toEqual(expected);
  });

  it('keeps a cursor valid when rows are inserted before and after it', async () => {
    const first = await api.data(PAGE, { first: 5, orderBy: 'NAME' });
    const cursor = first.heritageItems.pageInfo.endCursor;
    const lastName = first.heritageItems.edges[4].node.name;
    const expected: string[] = (await api.db.sources.culture.query('SELECT item_key FROM heritage_item WHERE name > ? OR (name = ? AND id > (SELECT MAX(id) FROM heritage_item WHERE name = ?)) ORDER BY name, id LIMIT 5', [lastName, lastName, lastName]))
      .map((r: { item_key: string }) => r.item_key);
    const inserted = await (await builder(api)).heritageItem({ name: '阿 inserted first', category: 'FOLK_LITERATURE', verified: false, listing: false });
    try {
      const next = await api.data(PAGE, { first: 5, after: cursor, orderBy: 'NAME' });
      expect(next.heritageItems.edges.map((e) => e.node.itemKey)).toEqual(expected);
    } finally {
      await api.db.sources.culture.query('DELETE FROM heritage_item WHERE id = ?', [inserted.id]);
    }
  });

  it('filters by level, category, region subtree and name, agreeing with SQL', async () => {
    const page = await api.data(PAGE, {
      first: 100,
      filter: { levels: ['NATIONAL', 'PROVINCIAL'], categories: ['TRADITIONAL_ART', 'TRADITIONAL_CRAFTSMANSHIP'], regionCode: '370700' },
    });
    const rows = await api.db.sources.culture.query(
      `SELECT item_key FROM heritage_item WHERE level IN ('NATIONAL','PROVINCIAL') AND category IN ('TRADITIONAL_ART','TRADITIONAL_CRAFTSMANSHIP') AND (region_code = '370700' OR region_code LIKE '3707%') ORDER BY id`,
    );
    expect(page.heritageItems.edges.map((e) => e.node.itemKey)).toEqual(rows.map((r: { item_key: string }) => r.item_key));
    expect(page.heritageItems.totalCount).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);

    const named = await api.data(PAGE, { filter: { nameContains: '年画' } });
    expect(named.heritageItems.edges.length).toBeGreaterThan(0);
    for (const e of named.heritageItems.edges) expect(e.node.name).toContain('年画');
    const percent = await api.data(PAGE, { filter: { nameContains: '%' } });
    expect(percent.heritageItems.totalCount).toBe(0);
  });

  it('finds an item by any spelling of its key', async () => {
    const page = await api.data(PAGE, { filter: { itemKeys: ['national:viii—91:371581'] } });
    expect(page.heritageItems.edges.map((e) => e.node.name)).toEqual(['临清贡砖烧制技艺']);
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 5, last: 5 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { regionCode: '999999' } }, 'filter.regionCode'],
    [{ filter: { yearFrom: 2020, yearTo: 2010 } }, 'filter.yearTo'],
    [{ filter: { itemKeys: ['NATIONAL:XI-1:370100'] } }, 'filter.itemKeys[0]'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(PAGE, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${argument.replace(/[[\].]/g, '\\$&')}: `));
  });

  it('refuses a cursor issued under another order', async () => {
    const page = await api.data(PAGE, { first: 2, orderBy: 'NAME' });
    const body = await api.query(PAGE, { first: 2, after: page.heritageItems.pageInfo.endCursor, orderBy: 'ITEM_KEY' });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('reads a page in one statement, and counts only when totalCount is asked for', async () => {
    await api.data(`{ heritageItems(first: 50) { edges { node { name } } } }`);
    expect(api.statements().culture).toBe(1);
    await api.data(`{ heritageItems(first: 50) { totalCount edges { node { name } } } }`);
    expect(api.statements().culture).toBe(2);
  });
});

describeEachBackend('regions', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.02);
  });
  afterAll(async () => api?.close());

  it('lists the 16 current cities and keeps retired Laiwu on request', async () => {
    const query = `query ($retired: Boolean) { regions(first: 100, filter: { parentCode: "370000", includeRetired: $retired }) { totalCount edges { node { code name current validTo } } } }`;
    const current = await api.data(query, { retired: false });
    expect(current.regions.totalCount).toBe(16);
    const all = await api.data(query, { retired: true });
    expect(all.regions.edges.map((e: { node: { code: string } }) => e.node.code)).toContain('371200');
    const laiwu = all.regions.edges.find((e: { node: { code: string } }) => e.node.code === '371200').node;
    expect(laiwu).toEqual({ code: '371200', name: '莱芜市', current: false, validTo: '2018-12-26' });
  });

  it('navigates parent and children', async () => {
    const data = await api.data(`{ region(code: "370785") { name parent { code name children(first: 100) { totalCount } } } }`);
    expect(data.region).toEqual({ name: '高密市', parent: { code: '370700', name: '潍坊市', children: { totalCount: 12 } } });
  });
});
