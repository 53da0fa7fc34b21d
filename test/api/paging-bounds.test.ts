import { describeEachBackend } from '../support/backends';
import { ApiHarness, GraphqlResponse, startApi } from '../support/api';

const cursorOf = (json: string) => Buffer.from(json, 'utf8').toString('base64url');
const ITEMS_AFTER = 'query ($after: String) { heritageItems(first: 2, orderBy: NAME, after: $after) { edges { node { name } } } }';
const ITEMS_BEFORE = 'query ($before: String) { heritageItems(last: 2, orderBy: NAME, before: $before) { edges { node { name } } } }';
const PERSONS_AFTER = 'query ($after: String) { persons(first: 2, orderBy: NAME, after: $after) { edges { node { name } } } }';
const NESTED_AFTER = 'query ($after: String) { heritageItems(first: 3) { edges { node { name workshops(first: 1, after: $after) { totalCount } } } } }';

/** Cursors of the right shape ({ o: ordering, v: [value, row id] }) whose values no list ever issued. */
const FORGED: Array<[string, string]> = [
  ['a number out of range (1e309)', '{"o":"NAME","v":[1e309,5]}'],
  ['a negative infinity', '{"o":"NAME","v":[-1e400,5]}'],
  ['an object', '{"o":"NAME","v":[{"$gt":""},5]}'],
  ['an array', '{"o":"NAME","v":[["a","b"],5]}'],
  ['a boolean', '{"o":"NAME","v":[true,5]}'],
  ['a text longer than any name', `{"o":"NAME","v":["${'x'.repeat(600)}",5]}`],
  ['a row id that is text', '{"o":"NAME","v":["剪纸","5"]}'],
  ['a row id that is a fraction', '{"o":"NAME","v":["剪纸",1.5]}'],
  ['a row id out of range', '{"o":"NAME","v":["剪纸",1e20]}'],
  ['a negative row id', '{"o":"NAME","v":["剪纸",-3]}'],
];

describeEachBackend('paging and text arguments: bad values are BAD_USER_INPUT naming the argument', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.05);
  });
  afterAll(async () => api?.close());

  const expectBadInput = (body: GraphqlResponse, argument: string, message?: RegExp) => {
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors![0].message.startsWith(`${argument}: `)).toBe(true);
    if (message) expect(body.errors![0].message).toMatch(message);
    // Never the statement or the driver's words.
    expect(JSON.stringify(body)).not.toMatch(/\b(SELECT|WHERE|LIKE)\b|SQLITE_|\bER_[A-Z_]+|sqlite|mysql|pattern too complex/);
  };

  it.each(FORGED)('an after cursor carrying %s', async (_what, json) => {
    expectBadInput(await api.query(ITEMS_AFTER, { after: cursorOf(json) }), 'after');
    expectBadInput(await api.query(PERSONS_AFTER, { after: cursorOf(json) }), 'after');
  });

  it.each(FORGED)('a before cursor carrying %s', async (_what, json) => {
    expectBadInput(await api.query(ITEMS_BEFORE, { before: cursorOf(json) }), 'before');
  });

  it('a nested page with a forged cursor names its argument too', async () => {
    const body = await api.query(NESTED_AFTER, { after: cursorOf('{"o":"NAME","v":[1e309,5]}') });
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('a cursor too long to be one is refused before it is decoded', async () => {
    expectBadInput(await api.query(ITEMS_AFTER, { after: cursorOf(`{"o":"NAME","v":["${'长'.repeat(20_000)}",5]}`) }), 'after', /at most 2000 are allowed/);
  });

  it('a real cursor still pages', async () => {
    const first = await api.data<any>('{ heritageItems(first: 2, orderBy: NAME) { edges { cursor node { name } } } }');
    const next = await api.data<any>(ITEMS_AFTER, { after: first.heritageItems.edges[1].cursor });
    expect(next.heritageItems.edges).toHaveLength(2);
    expect(next.heritageItems.edges[0].node.name >= first.heritageItems.edges[1].node.name).toBe(true);
  });

  it.each([
    ['heritageItems', 'query ($t: String) { heritageItems(filter: { nameContains: $t }) { totalCount } }', 'filter.nameContains'],
    ['persons', 'query ($t: String) { persons(filter: { nameContains: $t }) { totalCount } }', 'filter.nameContains'],
    ['vacancies', 'query ($t: String) { vacancies(filter: { titleContains: $t }) { totalCount } }', 'filter.titleContains'],
    ['regions (in memory)', 'query ($t: String) { regions(filter: { nameContains: $t }) { totalCount } }', 'filter.nameContains'],
  ])('a 50 KB search text in %s is refused naming the argument and the maximum', async (_list, query, argument) => {
    expectBadInput(await api.query(query, { t: '剪'.repeat(50_000) }), argument, /has 50000 characters; at most 200 are allowed/);
    expectBadInput(await api.query(query, { t: 'x'.repeat(201) }), argument, /has 201 characters; at most 200/);
    const fine = await api.query(query, { t: '剪'.repeat(200) });
    expect(fine.errors).toBeUndefined();
  });

  it('a search text written as a literal is held to the same maximum', async () => {
    const body = await api.query(`{ organizations(filter: { nameContains: "${'a'.repeat(300)}" }) { totalCount } }`);
    expectBadInput(body, 'filter.nameContains', /at most 200/);
  });

  it('any other over-long text argument of a query is refused naming it', async () => {
    expectBadInput(await api.query('query ($u: String!) { organization(uscc: $u) { name } }', { u: '9'.repeat(50_000) }), 'uscc', /has 50000 characters; at most 2000/);
    expectBadInput(await api.query('query ($id: ID!) { node(id: $id) { id } }', { id: 'Q'.repeat(50_000) }), 'id', /at most 2000/);
    expectBadInput(await api.query('query ($k: [String!]) { workshops(filter: { itemKeys: $k }) { totalCount } }', { k: ['NATIONAL:Ⅷ-91:371581', 'x'.repeat(3000)] }), 'filter.itemKeys[1]', /at most 2000/);
  });

  it('first: 0 tells whether rows follow; last: 0 whether rows precede', async () => {
    const zero = await api.data<any>('{ heritageItems(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }');
    expect(zero.heritageItems.totalCount).toBeGreaterThan(0);
    expect(zero.heritageItems.edges).toEqual([]);
    expect(zero.heritageItems.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    const back = await api.data<any>('{ heritageItems(last: 0) { edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }');
    expect(back.heritageItems.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const empty = await api.data<any>('{ heritageItems(first: 0, filter: { nameContains: "没有这个名字的项目" }) { pageInfo { hasNextPage } } }');
    expect(empty.heritageItems.pageInfo.hasNextPage).toBe(false);
    const all = await api.data<any>('{ heritageItems(first: 1) { edges { cursor } } }');
    const afterFirst = await api.data<any>('query ($a: String) { heritageItems(first: 0, after: $a) { pageInfo { hasNextPage hasPreviousPage } } }', { a: all.heritageItems.edges[0].cursor });
    expect(afterFirst.heritageItems.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it('first: 0 on a nested page and on an in-memory list tells the truth too', async () => {
    const nested = await api.data<any>('{ heritageItems(first: 30) { edges { node { workshops(first: 0) { totalCount pageInfo { hasNextPage } } } } } }');
    const pages = nested.heritageItems.edges.map((e: any) => e.node.workshops);
    expect(pages.some((p: any) => p.totalCount > 0)).toBe(true);
    for (const page of pages) expect(page.pageInfo.hasNextPage).toBe(page.totalCount > 0);
    const regions = await api.data<any>('{ regions(first: 0) { pageInfo { hasNextPage } } }');
    expect(regions.regions.pageInfo.hasNextPage).toBe(true);
  });
});
