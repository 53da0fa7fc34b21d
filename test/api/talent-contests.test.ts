import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, Variables } from '../support/api';
import { createContext } from '../../src/context';
import { CONTEST } from '../../src/modules/talent';
import { recordsOf } from '../../src/records';
import { globalId, nodeRowIds, rowIdOf } from '../support/ids';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';
import { rowIds } from '../support/sql';

const CONTESTS = graphql(`query ContestPage($first: Int, $after: String, $last: Int, $before: String, $filter: ContestFilter, $orderBy: ContestOrder) {
  contests(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id name contestClass year heldOn regionCode region { code } itemKey } }
  }
}`);

interface ContestRow {
  id: number;
  name: string;
  contest_class: string;
  year: number;
  held_on: string;
  region_code: string;
  item_key: string | null;
}

interface EntryRow {
  id: number;
  contest_id: number;
  person_id: number;
  placing: number | null;
  award: string | null;
}

describeEachBackend('contests and entries', (backend) => {
  let api: ApiHarness;
  let contests: ContestRow[];
  let entries: EntryRow[];
  beforeAll(async () => {
    api = await startApi(backend);
    contests = (await api.db.sources.hr.query('SELECT * FROM contest ORDER BY id')).map((r: ContestRow) => ({ ...r, id: Number(r.id), year: Number(r.year) }));
    entries = (await api.db.sources.hr.query('SELECT * FROM contest_entry ORDER BY id')).map((r: EntryRow) => ({
      ...r,
      id: Number(r.id),
      contest_id: Number(r.contest_id),
      person_id: Number(r.person_id),
      placing: r.placing === null ? null : Number(r.placing),
    }));
  });
  afterAll(async () => api?.close());

  const sqlIds = (sql: string, params?: unknown[]) => rowIds(api, 'hr', sql, params);
  const contests100 = async (variables: Variables<typeof CONTESTS>) => (await api.data(CONTESTS, { first: 100, ...variables })).contests;

  it('walks every page newest first with no duplicate and no gap, matching SQL, with every column', async () => {
    const expected = await sqlIds('SELECT id FROM contest ORDER BY held_on DESC, id ASC');
    expect(expected.length).toBeGreaterThan(40);
    const seen = await walkForward(async (after) => {
      const { contests } = await api.data(CONTESTS, { first: 9, after, orderBy: 'HELD_ON_DESC' });
      expect(contests.totalCount).toBe(expected.length);
      return contests;
    });
    expect(seen.map((node) => rowIdOf(node.id))).toEqual(expected);
    for (const node of seen) {
      const row = contests.find((c) => c.id === rowIdOf(node.id))!;
      expect(node).toEqual({
        id: globalId('Contest', row.id),
        name: row.name,
        contestClass: row.contest_class,
        year: row.year,
        heldOn: row.held_on,
        regionCode: row.region_code,
        region: { code: row.region_code },
        itemKey: row.item_key,
      });
    }
  });

  it('walks backward by name with last/before to the same list', async () => {
    const expected = await sqlIds('SELECT id FROM contest ORDER BY name, id');
    const backward = await walkBackward(async (before) => (await api.data(CONTESTS, { last: 7, before, orderBy: 'NAME' })).contests);
    expect(backward.map((n) => rowIdOf(n.id))).toEqual(expected);
  });

  it('filters by class, year, region subtree, name and held dates, agreeing with SQL', async () => {
    const page = await contests100({ filter: { classes: ['CLASS_ONE', 'CLASS_TWO'], years: [2023, 2024], regionCode: '370000' } });
    const expected = await sqlIds(`SELECT id FROM contest WHERE contest_class IN ('CLASS_ONE', 'CLASS_TWO') AND year IN (2023, 2024) ORDER BY id`);
    expect(expected.length).toBeGreaterThan(0);
    expect(nodeRowIds(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);

    const city = contests[0].region_code;
    const regional = await contests100({ filter: { regionCode: city, heldFrom: '2023-05-01', heldTo: '2025-08-31' } });
    const regionalExpected = await sqlIds(`SELECT id FROM contest WHERE region_code LIKE ? AND held_on BETWEEN '2023-05-01' AND '2025-08-31' ORDER BY id`, [
      `${city.slice(0, 4)}%`,
    ]);
    expect(nodeRowIds(regional)).toEqual(regionalExpected);

    const named = await contests100({ filter: { nameContains: '2024年' } });
    expect(nodeRowIds(named)).toEqual(contests.filter((c) => c.name.includes('2024年')).map((c) => c.id));
  });

  it('filters by ICH item key in any spelling of the number', async () => {
    const keyed = contests.find((c) => c.item_key && /^[A-Z]+:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+-\d+:\d{6}$/.test(c.item_key))!;
    const [level, number, area] = keyed.item_key!.split(':');
    const ascii = number.normalize('NFKC').replace('-', '—').toLowerCase();
    const page = await contests100({ filter: { itemKeys: [`${level.toLowerCase()}:${ascii}:${area}`] } });
    expect(nodeRowIds(page)).toEqual(contests.filter((c) => c.item_key === keyed.item_key).map((c) => c.id));
    const none = await contests100({ filter: { itemKeys: [] } });
    expect(none.totalCount).toBe(0);
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ filter: { regionCode: '379999' } }, 'filter.regionCode'],
    [{ filter: { heldFrom: '2024-05-01', heldTo: '2024-04-30' } }, 'filter.heldTo'],
    [{ filter: { itemKeys: ['NATIONAL:Ⅷ-91:371581', 'NATIONAL:XI-1:370100'] } }, 'filter.itemKeys[1]'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(CONTESTS, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('pages Contest.entries per contest in one windowed statement, with entrant and contest batched', async () => {
    const data = await api.data(`{ contests(first: 100) { edges { node { id
      entries(first: 4) { totalCount pageInfo { hasNextPage } edges { node { id placing award person { id } contest { id } } } }
    } } } }`);
    // contests, windowed entries, COUNT … GROUP BY, persons by id, contests by id.
    expect(api.statements().hr).toBe(1);  // same-source levels below come with it, in one chained statement
    expect(data.contests.edges.length).toBeGreaterThan(20);
    for (const { node } of data.contests.edges) {
      const mine = entries.filter((e) => e.contest_id === rowIdOf(node.id));
      expect(node.entries.totalCount).toBe(mine.length);
      expect(node.entries.pageInfo.hasNextPage).toBe(mine.length > 4);
      expect(node.entries.edges.map((e: { node: unknown }) => e.node)).toEqual(
        mine.slice(0, 4).map((e) => ({
          id: globalId('ContestEntry', e.id),
          placing: e.placing,
          award: e.award,
          person: { id: globalId('Person', e.person_id) },
          contest: { id: node.id },
        })),
      );
    }
  });

  it('walks one contest’s entries forward and backward', async () => {
    const contest = contests[1];
    const expected = entries.filter((e) => e.contest_id === contest.id).map((e) => e.id);
    const query = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { node(id: $id) { ... on Contest {
      entries(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } } } }`;
    const forward = await walkForward<{ id: string }>(async (after) => (await api.data(query, { id: globalId('Contest', contest.id), first: 6, after })).node.entries);
    expect(forward.map((n) => rowIdOf(n.id))).toEqual(expected);
    const backward = await walkBackward<{ id: string }>(async (before) => (await api.data(query, { id: globalId('Contest', contest.id), last: 5, before })).node.entries);
    expect(backward.map((n) => rowIdOf(n.id))).toEqual(expected);
  });

  it('pages Person.contestEntries per person in one windowed statement, empty for non-entrants', async () => {
    const data = await api.data(`{ persons(first: 100) { edges { node { id
      contestEntries(first: 2) { totalCount edges { node { id contest { name } } } }
    } } } }`);
    expect(api.statements().hr).toBe(2);  // same-source levels below come with it, in one chained statement
    let entrants = 0;
    for (const { node } of data.persons.edges) {
      const mine = entries.filter((e) => e.person_id === rowIdOf(node.id));
      if (mine.length > 0) entrants++;
      expect(node.contestEntries.totalCount).toBe(mine.length);
      expect(node.contestEntries.edges.map((e: { node: unknown }) => e.node)).toEqual(
        mine.slice(0, 2).map((e) => ({ id: globalId('ContestEntry', e.id), contest: { name: contests.find((c) => c.id === e.contest_id)!.name } })),
      );
    }
    expect(entrants).toBeGreaterThan(0);
    expect(entrants).toBeLessThan(100);
  });

  it('contest pages by item key: one statement for many keys, in key order, empty for a miss', async () => {
    const keys = [...new Set(contests.filter((c) => c.item_key).map((c) => c.item_key!))].slice(0, 25);
    const ctx = createContext(api.db.sources);
    const loader = recordsOf(ctx, CONTEST).pages<string>('itemKey', { first: 2, orderBy: 'HELD_ON' });
    const asked = [...keys, 'COUNTY:Ⅰ-9999:370102', keys[0].toLowerCase()];
    api.counters.hr.reset();
    const pages = await Promise.all(asked.map((k) => loader.load(k)));
    expect(api.counters.hr.statements.length).toBe(1);
    const expectedFor = (key: string) =>
      contests
        .filter((c) => c.item_key === key)
        .sort((a, b) => (a.held_on === b.held_on ? a.id - b.id : a.held_on < b.held_on ? -1 : 1))
        .slice(0, 2)
        .map((c) => c.id);
    expect(pages.map((p) => p.edges.map((e) => e.node.rowId))).toEqual([...keys.map(expectedFor), [], expectedFor(keys[0])]);
    expect(await pages[0].totalCount).toBe(contests.filter((c) => c.item_key === keys[0]).length);
    expect(api.counters.hr.statements.length).toBe(2);
  });

  it('round-trips Contest and ContestEntry through node(id:) and nodes(ids:)', async () => {
    const contest = contests[4];
    const entry = entries[12];
    const data = await api.data(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Contest { name } ... on ContestEntry { placing contest { id } person { id } } } }`,
      { ids: [globalId('Contest', contest.id), globalId('ContestEntry', entry.id), globalId('ContestEntry', 9_999_999)] },
    );
    expect(data.nodes).toEqual([
      { __typename: 'Contest', id: globalId('Contest', contest.id), name: contest.name },
      {
        __typename: 'ContestEntry',
        id: globalId('ContestEntry', entry.id),
        placing: entry.placing,
        contest: { id: globalId('Contest', entry.contest_id) },
        person: { id: globalId('Person', entry.person_id) },
      },
      null,
    ]);
    const one = await api.data(`query ($id: ID!) { node(id: $id) { id ... on Contest { heldOn } } }`, { id: globalId('Contest', contest.id) });
    expect(one.node).toEqual({ id: globalId('Contest', contest.id), heldOn: contest.held_on });
  });
});
