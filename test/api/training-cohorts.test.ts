import { describeEachBackend } from '../support/backends';
import { ApiHarness, Data, startApi } from '../support/api';
import { globalId } from '../support/ids';
import { Row, column } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';

const COHORTS = graphql(`query TrainingCohortPage($first: Int, $after: String, $last: Int, $before: String, $filter: TrainingCohortFilter, $orderBy: TrainingCohortOrder) {
  trainingCohorts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id code regionCode startsOn endsOn projectBased plannedSize region { code } } }
  }
}`);

type CohortPage = Data<typeof COHORTS>;

const codesOf = (page: CohortPage) => page.trainingCohorts.edges.map((e) => e.node.code);

describeEachBackend('trainingCohorts', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  it('returns every column of a cohort as SQL holds it', async () => {
    const page = await api.data(COHORTS, { first: 100 });
    const rows: Row[] = await hr().query('SELECT * FROM training_cohort ORDER BY id LIMIT 100');
    const total = Number((await hr().query('SELECT COUNT(*) AS n FROM training_cohort'))[0].n);
    expect(page.trainingCohorts.totalCount).toBe(total);
    expect(page.trainingCohorts.edges.map((e) => ({ ...e.node, id: undefined }))).toEqual(
      rows.map((r) => ({
        id: undefined,
        code: r.code,
        regionCode: r.region_code,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        projectBased: Boolean(Number(r.project_based)),
        plannedSize: Number(r.planned_size),
        region: { code: r.region_code },
      })),
    );
  });

  it('walks every page forward by start date and backward by id, with no duplicate and no gap', async () => {
    const expected = column(await hr().query('SELECT code FROM training_cohort ORDER BY starts_on, id'), 'code');
    expect(expected.length).toBeGreaterThanOrEqual(20);
    const seen = await walkForward(async (after) => (await api.data(COHORTS, { first: 9, after, orderBy: 'STARTS_ON' })).trainingCohorts);
    expect(seen.map((n) => n.code)).toEqual(expected);

    const byId = column(await hr().query('SELECT code FROM training_cohort ORDER BY id'), 'code');
    const backward = await walkBackward(async (before) => (await api.data(COHORTS, { last: 11, before })).trainingCohorts);
    expect(backward.map((n) => n.code)).toEqual(byId);
  });

  it('filters by region subtree, start dates and project basis, agreeing with SQL', async () => {
    const city: string = (await hr().query('SELECT region_code FROM training_cohort ORDER BY id LIMIT 1'))[0].region_code.slice(0, 4);
    const page = await api.data(COHORTS, { first: 100, filter: { regionCode: `${city}00`, projectBased: false } });
    const rows = await hr().query(`SELECT code FROM training_cohort WHERE region_code LIKE '${city}%' AND project_based = 0 ORDER BY id`);
    expect(codesOf(page)).toEqual(column(rows, 'code'));
    expect(page.trainingCohorts.totalCount).toBe(rows.length);

    const projects = await api.data(COHORTS, { first: 100, filter: { projectBased: true } });
    expect(codesOf(projects)).toEqual(column(await hr().query('SELECT code FROM training_cohort WHERE project_based = 1 ORDER BY id LIMIT 100'), 'code'));

    const dated = await api.data(COHORTS, { first: 100, filter: { startsFrom: '2024-03-01', startsTo: '2025-02-28' } });
    const datedRows = await hr().query(`SELECT code FROM training_cohort WHERE starts_on BETWEEN '2024-03-01' AND '2025-02-28' ORDER BY id LIMIT 100`);
    expect(datedRows.length).toBeGreaterThan(0);
    expect(codesOf(dated)).toEqual(column(datedRows, 'code'));
  });

  it('filters by catalogue entry global id and by provider USCC', async () => {
    const entry: Row = (await hr().query('SELECT catalog_entry_id AS id FROM training_cohort GROUP BY catalog_entry_id ORDER BY COUNT(*) DESC, catalog_entry_id LIMIT 1'))[0];
    const page = await api.data(COHORTS, { first: 100, filter: { catalogEntryId: globalId('TrainingCatalogEntry', Number(entry.id)) } });
    expect(codesOf(page)).toEqual(column(await hr().query('SELECT code FROM training_cohort WHERE catalog_entry_id = ? ORDER BY id', [entry.id]), 'code'));
    expect(page.trainingCohorts.totalCount).toBeGreaterThan(1);

    const provider: Row = (await hr().query('SELECT p.uscc FROM training_provider p JOIN training_cohort c ON c.provider_id = p.id ORDER BY c.id LIMIT 1'))[0];
    const byProvider = await api.data(COHORTS, { first: 100, filter: { providerUscc: provider.uscc.toLowerCase() } });
    const rows = await hr().query('SELECT c.code FROM training_cohort c JOIN training_provider p ON p.id = c.provider_id WHERE p.uscc = ? ORDER BY c.id', [provider.uscc]);
    expect(codesOf(byProvider)).toEqual(column(rows, 'code'));
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ last: 5, after: 'x' }, 'after'],
    [{ filter: { regionCode: '000000' } }, 'filter.regionCode'],
    [{ filter: { startsFrom: '2024-05-02', startsTo: '2024-05-01' } }, 'filter.startsTo'],
    [{ filter: { catalogEntryId: 'not-an-id' } }, 'filter.catalogEntryId'],
    [{ filter: { catalogEntryId: globalId('TrainingProvider', 1) } }, 'filter.catalogEntryId'],
    [{ filter: { providerUscc: '12345' } }, 'filter.providerUscc'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(COHORTS, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message.startsWith(`${argument}: `)).toBe(true);
  });

  it('loads the catalogue entry, provider and provider USCC of many cohorts in one statement each', async () => {
    const data = await api.data(`{ trainingCohorts(first: 60) { edges { node { code providerUscc catalogEntry { code } trainingProvider { uscc name } } } } }`);
    // Page, entries by id, providers by id (shared by providerUscc and trainingProvider).
    expect(api.statements().hr).toBe(2);  // same-source levels below come with it, in one chained statement
    const rows: Row[] = await hr().query(
      'SELECT c.code, e.code AS entry, p.uscc, p.name FROM training_cohort c JOIN training_catalog_entry e ON e.id = c.catalog_entry_id JOIN training_provider p ON p.id = c.provider_id ORDER BY c.id LIMIT 60',
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(data.trainingCohorts.edges.map((e: { node: unknown }) => e.node)).toEqual(
      rows.map((r) => ({ code: r.code, providerUscc: r.uscc, catalogEntry: { code: r.entry }, trainingProvider: { uscc: r.uscc, name: r.name } })),
    );
  });

  it('pages the enrolments of every cohort in one windowed statement, agreeing with SQL', async () => {
    const data = await api.data(
      graphql(`query EnrolmentsOfCohorts { trainingCohorts(first: 40) { edges { node { code enrollments(first: 5, orderBy: ENROLLED_ON, filter: { statuses: [COMPLETED, ENROLLED] }) { totalCount pageInfo { hasNextPage } edges { node { enrolledOn status } } } } } } }`),
    );
    expect(api.statements().hr).toBe(1);  // same-source levels below come with it, in one chained statement
    const rows: Row[] = await hr().query(
      `SELECT c.code, e.id, e.enrolled_on, e.status FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id WHERE e.status IN ('COMPLETED','ENROLLED') ORDER BY e.enrolled_on, e.id`,
    );
    const edges = data.trainingCohorts.edges;
    expect(edges.length).toBeGreaterThanOrEqual(20);
    for (const { node } of edges) {
      const all = rows.filter((r) => r.code === node.code);
      expect(node.enrollments.edges.map((e) => e.node)).toEqual(all.slice(0, 5).map((r) => ({ enrolledOn: r.enrolled_on, status: r.status })));
      expect(node.enrollments.totalCount).toBe(all.length);
      expect(node.enrollments.pageInfo.hasNextPage).toBe(all.length > 5);
    }
  });

  it('continues one cohort’s enrolments with its cursor', async () => {
    const cohort: Row = (await hr().query('SELECT id, code FROM training_cohort ORDER BY id LIMIT 1'))[0];
    const expected = column(await hr().query('SELECT id FROM enrollment WHERE cohort_id = ? ORDER BY id', [cohort.id]), 'id').map((id) => globalId('Enrollment', Number(id)));
    const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on TrainingCohort { enrollments(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
    const seen = await walkForward<{ id: string }>(async (after) => (await api.data(query, { id: globalId('TrainingCohort', Number(cohort.id)), after })).node.enrollments);
    expect(seen.map((n) => n.id)).toEqual(expected);
  });

  it('rejects a nested page size over 100 naming the argument', async () => {
    const body = await api.query(`{ trainingCohorts(first: 2) { edges { node { enrollments(first: 500) { totalCount } } } } }`);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('round-trips cohorts through node and nodes', async () => {
    const page = await api.data(COHORTS, { first: 4 });
    const ids = page.trainingCohorts.edges.map((e) => e.node.id);
    const one = await api.data(`query ($id: ID!) { node(id: $id) { __typename id ... on TrainingCohort { code } } }`, { id: ids[0] });
    expect(one.node).toEqual({ __typename: 'TrainingCohort', id: ids[0], code: codesOf(page)[0] });
    const many = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on TrainingCohort { code } } }`, { ids: [...ids, globalId('TrainingCohort', 999999)] });
    expect(many.nodes).toEqual([...codesOf(page).map((code) => ({ code })), null]);
  });
});
