import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, testToken } from '../support/api';
import { parseCsv } from '../../src/shared/files/csv';
import { globalId } from '../support/ids';

type Row = Record<string, any>;


/** No cell of the file holds a JSON object or array: a CSV cell is one value. */
function expectNoJson(rows: string[][]) {
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^\s*[[{]/);
}

// Issue 12, item 5: the file holds what the query says — its bounds, its one list, its nested lists as rows or a refusal.
describeEachBackend('CSV export does what the query says', (backend) => {
  let api: ApiHarness;
  let admin: string;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend, 0.1);
    admin = await testToken('ADMIN');
  });
  afterAll(async () => api?.close());

  async function download(body: Record<string, unknown>) {
    const response = await fetch(api.url.replace(/\/graphql$/, '/export/csv'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify(body),
    });
    const text = (await response.text()).replace(/^\uFEFF/, '');
    return { status: response.status, text, records: response.ok ? parseCsv(text) : [], body: response.ok ? null : JSON.parse(text) };
  }

  const enrollmentIds = async (sql = 'SELECT id FROM enrollment ORDER BY id') => ((await hr().query(sql)) as Row[]).map((r) => globalId('Enrollment', r.id));

  describe('first, last, after and before bound the rows as in GraphQL', () => {
    it('first: 5 exports five rows, not the whole list', async () => {
      const res = await download({ query: '{ workshops(first: 5) { edges { node { id name } } } }' });
      expect(res.status).toBe(200);
      const [header, ...rows] = res.records;
      expect(header).toEqual(['id', 'name']);
      const { workshops } = await api.data('{ workshops(first: 5) { edges { node { id name } } } }');
      expect(rows).toEqual(workshops.edges.map((e: Row) => [e.node.id, e.node.name]));
      expect(rows).toHaveLength(5);
    });

    it('first above one page is walked page by page and stops at its bound; a variable and limit count too', async () => {
      const all = await enrollmentIds();
      expect(all.length).toBeGreaterThan(260);
      const big = await download({ query: 'query ($n: Int) { enrollments(first: $n) { edges { node { id } } } }', variables: { n: 230 } });
      expect(big.records.slice(1).map((r) => r[0])).toEqual(all.slice(0, 230));
      const both = await download({ query: '{ enrollments(first: 230) { edges { node { id } } } }', limit: 120 });
      expect(both.records.slice(1).map((r) => r[0])).toEqual(all.slice(0, 120));
      const none = await download({ query: '{ enrollments(first: 0) { edges { node { id } } } }' });
      expect(none.records).toEqual([['id']]);
    });

    it('after starts the file after that cursor', async () => {
      const all = await enrollmentIds();
      const { enrollments } = await api.data('{ enrollments(first: 3) { edges { cursor } } }');
      const res = await download({ query: 'query ($after: String) { enrollments(first: 4, after: $after) { edges { node { id } } } }', variables: { after: enrollments.edges[2].cursor } });
      expect(res.records.slice(1).map((r) => r[0])).toEqual(all.slice(3, 7));
      const rest = await download({ query: `{ enrollments(after: "${enrollments.edges[2].cursor}") { edges { node { id } } } }` });
      expect(rest.records.slice(1).map((r) => r[0])).toEqual(all.slice(3));
    });

    it('last exports the end of the list in its order, across pages too, and before bounds it', async () => {
      const all = await enrollmentIds();
      const five = await download({ query: '{ enrollments(last: 5) { edges { node { id } } } }' });
      expect(five.records.slice(1).map((r) => r[0])).toEqual(all.slice(-5));
      const many = await download({ query: '{ enrollments(last: 230) { edges { node { id } } } }' });
      expect(many.records.slice(1).map((r) => r[0])).toEqual(all.slice(-230));
      const everything = await download({ query: `{ enrollments(last: ${all.length + 50}) { edges { node { id } } } }` });
      expect(everything.records.slice(1).map((r) => r[0])).toEqual(all);
      const { enrollments } = await api.data('{ enrollments(first: 10) { edges { cursor } } }');
      const before = await download({ query: `{ enrollments(last: 3, before: "${enrollments.edges[9].cursor}") { edges { node { id } } } }` });
      expect(before.records.slice(1).map((r) => r[0])).toEqual(all.slice(6, 9));
      const fewer = await download({ query: `{ enrollments(last: 200, before: "${enrollments.edges[9].cursor}") { edges { node { id } } } }` });
      expect(fewer.records.slice(1).map((r) => r[0])).toEqual(all.slice(0, 9));
    });

    it('refuses before without last, and a negative bound, naming the argument', async () => {
      const { enrollments } = await api.data('{ enrollments(first: 2) { edges { cursor } } }');
      const before = await download({ query: `{ enrollments(before: "${enrollments.edges[1].cursor}") { edges { node { id } } } }` });
      expect(before.status).toBe(400);
      expect(before.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'enrollments.before' });
      const negative = await download({ query: '{ enrollments(first: -1) { edges { node { id } } } }' });
      expect(negative.status).toBe(400);
      expect(negative.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'enrollments.first' });
    });
  });

  it('refuses more than one root field, naming them, with or without a path', async () => {
    const query = '{ workshops(first: 3) { edges { node { name } } } persons(first: 3) { edges { node { name } } } }';
    for (const path of [undefined, 'workshops.edges.node']) {
      const res = await download({ query, path });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query', fields: ['workshops', 'persons'] });
      expect(res.body.errors[0].message).toMatch(/workshops, persons/);
    }
  });

  describe('nested lists', () => {
    it('refuses a list inside the rows, naming it and the path that would make it the rows', async () => {
      const res = await download({ query: '{ trainingCohorts(first: 2) { edges { node { code enrollments(first: 5) { edges { node { id } } } } } } }' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'path', field: 'trainingCohorts.edges.node.enrollments' });
      expect(res.body.errors[0].message).toContain('"trainingCohorts.edges.node.enrollments.edges.node"');
      const plain = await download({ query: '{ organizations(first: 2) { edges { node { uscc laborBrandUnits { uscc } } } } }' });
      expect(plain.status).toBe(400);
      expect(plain.body.errors[0].extensions).toMatchObject({ field: 'organizations.edges.node.laborBrandUnits' });
    });

    it('makes the list a path names the rows, repeating its parents’ columns, like a join', async () => {
      const query = `{ trainingCohorts(first: 3) { edges { node { code catalogEntry { title } enrollments(first: 100) { edges { node { id status } } } } } } }`;
      const res = await download({ query, path: 'trainingCohorts.edges.node.enrollments.edges.node' });
      expect(res.status).toBe(200);
      const [header, ...rows] = res.records;
      expect(header).toEqual(['trainingCohorts.code', 'trainingCohorts.catalogEntry.title', 'id', 'status']);
      const expected: Row[] = await hr().query(
        `SELECT c.code, p.title, e.id, e.status FROM (SELECT * FROM training_cohort ORDER BY id LIMIT 3) c
         JOIN training_catalog_entry p ON p.id = c.catalog_entry_id JOIN enrollment e ON e.cohort_id = c.id ORDER BY c.id, e.id`,
      );
      expect(expected.length).toBeGreaterThan(40);
      expect(rows).toEqual(expected.map((r) => [r.code, r.title, globalId('Enrollment', r.id), r.status]));
      expectNoJson(rows);
      const labels = await download({ query, path: 'trainingCohorts.edges.node.enrollments.edges.node', headers: 'labels', limit: 1 });
      expect(labels.records[0]).toEqual(['培训班·班级编号', '培训班·培训项目·培训项目名称', '全局标识', '学员状态']);
    });

    it('walks the outer connection to its end, and bounds the rows with limit', async () => {
      const [{ n }] = await hr().query('SELECT COUNT(*) AS n FROM training_cohort');
      expect(Number(n)).toBeGreaterThan(3);
      const query = `{ trainingCohorts { edges { node { code enrollments(first: 2) { edges { node { id } } } } } } }`;
      const res = await download({ query, path: 'trainingCohorts.edges.node.enrollments.edges.node' });
      const expected: Row[] = await hr().query(
        `SELECT c.code, e.id FROM training_cohort c JOIN enrollment e ON e.cohort_id = c.id
         WHERE (SELECT COUNT(*) FROM enrollment x WHERE x.cohort_id = c.id AND x.id < e.id) < 2 ORDER BY c.id, e.id`,
      );
      expect(res.records.slice(1)).toEqual(expected.map((r) => [r.code, globalId('Enrollment', r.id)]));
      const limited = await download({ query, path: 'trainingCohorts.edges.node.enrollments.edges.node', limit: 5 });
      expect(limited.records.slice(1)).toEqual(expected.slice(0, 5).map((r) => [r.code, globalId('Enrollment', r.id)]));
    });

    it('walks one parent’s connection to its end when it is the outer list, under node(id:)', async () => {
      const [cohort] = await hr().query('SELECT c.id, COUNT(*) AS n FROM training_cohort c JOIN enrollment e ON e.cohort_id = c.id GROUP BY c.id ORDER BY COUNT(*) DESC, c.id LIMIT 1');
      expect(Number(cohort.n)).toBeGreaterThan(20);
      const query = 'query ($id: ID!) { node(id: $id) { ... on TrainingCohort { code enrollments { edges { node { id } } } } } }';
      const res = await download({ query, variables: { id: globalId('TrainingCohort', cohort.id) }, path: 'node.enrollments.edges.node' });
      expect(res.status).toBe(200);
      const ids = await enrollmentIds(`SELECT id FROM enrollment WHERE cohort_id = ${Number(cohort.id)} ORDER BY id`);
      expect(res.records).toEqual([['id'], ...ids.map((id) => [id])]);
    });

    it('makes a plain nested list the rows, as GraphQL answers it', async () => {
      const query = '{ organizations(first: 100, filter: { laborBrandUnit: true }) { edges { node { uscc name laborBrandUnits { brand { name } recognizedOn } } } } }';
      const res = await download({ query, path: 'organizations.edges.node.laborBrandUnits' });
      expect(res.status).toBe(200);
      const [header, ...rows] = res.records;
      expect(header).toEqual(['organizations.uscc', 'organizations.name', 'brand.name', 'recognizedOn']);
      const { organizations } = await api.data(query);
      const expected = organizations.edges.flatMap((e: Row) => (e.node.laborBrandUnits ?? []).map((u: Row) => [e.node.uscc, e.node.name ?? '', u.brand.name, u.recognizedOn]));
      expect(expected.length).toBeGreaterThan(organizations.edges.length);
      expect(rows).toEqual(expected);
    });

    it('refuses a nested connection on the path without first or last, and a second list beside the path', async () => {
      const unbounded = await download({ query: '{ trainingCohorts { edges { node { code enrollments { edges { node { id } } } } } } }', path: 'trainingCohorts.edges.node.enrollments.edges.node' });
      expect(unbounded.status).toBe(400);
      expect(unbounded.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'trainingCohorts.edges.node.enrollments.first' });
      const sibling = await download({
        query: '{ organizations(first: 5) { edges { node { uscc usccWarnings { rule } laborBrandUnits { uscc } } } } }',
        path: 'organizations.edges.node.laborBrandUnits',
      });
      expect(sibling.status).toBe(400);
      expect(sibling.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizations.edges.node.usccWarnings' });
    });

    it('keeps lists of plain values in one cell, joined with "; ", never as JSON', async () => {
      const query = '{ enrollmentStatistics(groupBy: [CITY]) { groupBy groups { keys { city { name } } enrollments } } }';
      const res = await download({ query, path: 'enrollmentStatistics.groupBy' });
      expect(res.records).toEqual([['groupBy'], ['CITY']]);
    });
  });
});
