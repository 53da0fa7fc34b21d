import { describeEachBackend } from '../support/backends';
import { ApiHarness, Data, startApi, TEST_ADMIN_VIEWER } from '../support/api';
import { createContext } from '../../src/context';
import { recordsOf } from '../../src/records';
import { ENROLLMENT, TRAINING_CATALOG_ENTRY, TRAINING_PROVIDER } from '../../src/modules/training';
import { globalId } from '../support/ids';
import { Row, yuan } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';
import type { EnrollmentFilter } from '../graphql/graphql';

const ENROLLMENTS = graphql(`query EnrollmentPage($first: Int, $after: String, $last: Int, $before: String, $filter: EnrollmentFilter, $orderBy: EnrollmentOrder) {
  enrollments(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id enrolledOn status completedOn passed targetGroup } }
  }
}`);

const CLAIMS = graphql(`query SubsidyClaimPage($first: Int, $after: String, $last: Int, $before: String, $filter: SubsidyClaimFilter, $orderBy: SubsidyClaimOrder) {
  subsidyClaims(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id amount status claimedOn paidOn } }
  }
}`);

type EnrollmentPage = Data<typeof ENROLLMENTS>;
type ClaimPage = Data<typeof CLAIMS>;

const enrollmentIds = (rows: Row[]) => rows.map((r) => globalId('Enrollment', Number(r.id)));
const claimIds = (rows: Row[]) => rows.map((r) => globalId('SubsidyClaim', Number(r.id)));
const idsOf = (page: EnrollmentPage) => page.enrollments.edges.map((e) => e.node.id);
const claimIdsOf = (page: ClaimPage) => page.subsidyClaims.edges.map((e) => e.node.id);
const passedOf = (value: unknown) => (value === null ? null : Boolean(Number(value)));

describeEachBackend('enrollments and subsidyClaims', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  it('returns every column of an enrolment as SQL holds it', async () => {
    const page = await api.data(ENROLLMENTS, { first: 100, filter: { statuses: ['COMPLETED', 'DROPPED'] } });
    const rows: Row[] = await hr().query(`SELECT * FROM enrollment WHERE status IN ('COMPLETED','DROPPED') ORDER BY id LIMIT 100`);
    expect(page.enrollments.edges.map((e) => e.node)).toEqual(
      rows.map((r) => ({
        id: globalId('Enrollment', Number(r.id)),
        enrolledOn: r.enrolled_on,
        status: r.status,
        completedOn: r.completed_on,
        passed: passedOf(r.passed),
        targetGroup: r.target_group,
      })),
    );
  });

  it('walks every enrolment forward by enrolment date with no duplicate and no gap', async () => {
    const expected = enrollmentIds(await hr().query('SELECT id FROM enrollment ORDER BY enrolled_on, id'));
    const seen = (await walkForward(async (after) => (await api.data(ENROLLMENTS, { first: 100, after, orderBy: 'ENROLLED_ON' })).enrollments)).map((n) => n.id);
    expect(seen.length).toBeGreaterThan(200);
    expect(seen).toEqual(expected);
  });

  it('filters enrolments by status, target group, dates, result and the cohort’s region, agreeing with SQL', async () => {
    const city: string = (await hr().query('SELECT region_code FROM training_cohort ORDER BY id LIMIT 1'))[0].region_code.slice(0, 4);
    const filter: EnrollmentFilter = {
      statuses: ['COMPLETED'],
      targetGroups: ['RURAL_TRANSFER_LABORER', 'POVERTY_ALLEVIATED'],
      enrolledFrom: '2023-01-01',
      enrolledTo: '2025-12-31',
      passed: true,
      regionCode: `${city}00`,
    };
    const page = await api.data(ENROLLMENTS, { first: 100, filter });
    const rows = await hr().query(
      `SELECT e.id FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id
       WHERE e.status = 'COMPLETED' AND e.target_group IN ('RURAL_TRANSFER_LABORER','POVERTY_ALLEVIATED')
         AND e.enrolled_on >= '2023-01-01' AND e.enrolled_on <= '2025-12-31' AND e.passed = 1 AND c.region_code LIKE '${city}%'
       ORDER BY e.id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(page.enrollments.totalCount).toBe(rows.length);
    expect(idsOf(page)).toEqual(enrollmentIds(rows).slice(0, 100));

    const failed = await api.data(ENROLLMENTS, { first: 100, filter: { passed: false, targetGroups: ['REGISTERED_UNEMPLOYED'] } });
    expect(idsOf(failed)).toEqual(enrollmentIds(await hr().query(`SELECT id FROM enrollment WHERE passed = 0 AND target_group = 'REGISTERED_UNEMPLOYED' ORDER BY id LIMIT 100`)));
  });

  it.each([
    [ENROLLMENTS, { first: 1000 }, 'first'],
    [ENROLLMENTS, { filter: { regionCode: '1234567' } }, 'filter.regionCode'],
    [ENROLLMENTS, { filter: { enrolledFrom: '2024-02-01', enrolledTo: '2024-01-31' } }, 'filter.enrolledTo'],
    [CLAIMS, { last: 1000 }, 'last'],
    [CLAIMS, { filter: { claimedFrom: '2025-01-01', claimedTo: '2024-12-31' } }, 'filter.claimedTo'],
  ])('rejects bad arguments with an error naming them (%#)', async (query, variables, argument) => {
    const body = await api.query(query, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('loads the cohort and subsidy claim of many enrolments in one statement each, null where none was claimed', async () => {
    const data = await api.data(`{ enrollments(first: 80, filter: { statuses: [COMPLETED] }) { edges { node { id cohort { code } subsidyClaim { amount status claimedOn } } } } }`);
    expect(api.statements().hr).toBe(2);  // same-source levels below come with it, in one chained statement
    const rows: Row[] = await hr().query(
      `SELECT e.id, c.code, s.amount, s.status, s.claimed_on FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id
       LEFT JOIN subsidy_claim s ON s.enrollment_id = e.id WHERE e.status = 'COMPLETED' ORDER BY e.id LIMIT 80`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(data.enrollments.edges.map((e: { node: unknown }) => e.node)).toEqual(
      rows.map((r) => ({
        id: globalId('Enrollment', Number(r.id)),
        cohort: { code: r.code },
        subsidyClaim: r.amount === null ? null : { amount: yuan(r.amount), status: r.status, claimedOn: r.claimed_on },
      })),
    );
    expect(rows.some((r) => r.amount === null)).toBe(true);
    expect(rows.some((r) => r.amount !== null)).toBe(true);
  });

  it('returns every column of a claim, with amounts as exact decimal strings', async () => {
    const page = await api.data(CLAIMS, { first: 100 });
    const rows: Row[] = await hr().query('SELECT * FROM subsidy_claim ORDER BY id LIMIT 100');
    expect(rows.length).toBeGreaterThan(20);
    expect(page.subsidyClaims.edges.map((e) => e.node)).toEqual(
      rows.map((r) => ({ id: globalId('SubsidyClaim', Number(r.id)), amount: yuan(r.amount), status: r.status, claimedOn: r.claimed_on, paidOn: r.paid_on })),
    );
    for (const e of page.subsidyClaims.edges) expect(e.node.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it('walks claims backward by claim date to the same list SQL gives', async () => {
    const expected = claimIds(await hr().query('SELECT id FROM subsidy_claim ORDER BY claimed_on, id'));
    const seen = await walkBackward(async (before) => (await api.data(CLAIMS, { last: 100, before, orderBy: 'CLAIMED_ON' })).subsidyClaims);
    expect(seen.map((n) => n.id)).toEqual(expected);
  });

  it('filters claims by status and claim dates, agreeing with SQL', async () => {
    const page = await api.data(CLAIMS, { first: 100, filter: { statuses: ['PAID', 'REJECTED'], claimedFrom: '2024-01-01', claimedTo: '2024-12-31' } });
    const rows = await hr().query(`SELECT id FROM subsidy_claim WHERE status IN ('PAID','REJECTED') AND claimed_on BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY id`);
    expect(rows.length).toBeGreaterThan(0);
    expect(page.subsidyClaims.totalCount).toBe(rows.length);
    expect(claimIdsOf(page)).toEqual(claimIds(rows).slice(0, 100));
  });

  it('loads the enrolment of many claims in one statement', async () => {
    const data = await api.data(`{ subsidyClaims(first: 50) { edges { node { id enrollment { id status subsidyClaim { id } } } } } }`);
    // Page, enrolments by id; the claims come back through the enrolment-id loader in one more.
    expect(api.statements().hr).toBe(2);  // same-source levels below come with it, in one chained statement
    const rows: Row[] = await hr().query('SELECT id, enrollment_id FROM subsidy_claim ORDER BY id LIMIT 50');
    expect(data.subsidyClaims.edges.map((e: { node: { id: string; enrollment: { id: string; subsidyClaim: { id: string } } } }) => [e.node.enrollment.id, e.node.enrollment.subsidyClaim.id])).toEqual(
      rows.map((r) => [globalId('Enrollment', Number(r.enrollment_id)), globalId('SubsidyClaim', Number(r.id))]),
    );
  });

  it('round-trips enrolments and claims through node', async () => {
    const claim: Row = (await hr().query('SELECT id, enrollment_id, amount FROM subsidy_claim ORDER BY id LIMIT 1'))[0];
    const data = await api.data(
      `query ($a: ID!, $b: ID!) { a: node(id: $a) { __typename id ... on SubsidyClaim { amount } } b: node(id: $b) { __typename id ... on Enrollment { subsidyClaim { id } } } }`,
      { a: globalId('SubsidyClaim', Number(claim.id)), b: globalId('Enrollment', Number(claim.enrollment_id)) },
    );
    expect(data.a).toEqual({ __typename: 'SubsidyClaim', id: globalId('SubsidyClaim', Number(claim.id)), amount: yuan(claim.amount) });
    expect(data.b).toEqual({ __typename: 'Enrollment', id: globalId('Enrollment', Number(claim.enrollment_id)), subsidyClaim: { id: globalId('SubsidyClaim', Number(claim.id)) } });
  });
});

describeEachBackend('training loaders for cross-agency fields', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  /** Runs `work` on a fresh request context and returns its result with the hr statements it ran. */
  async function counted<T>(work: (ctx: ReturnType<typeof createContext>) => Promise<T>): Promise<{ result: T; statements: number }> {
    const ctx = createContext(api.db.sources, { viewer: TEST_ADMIN_VIEWER });
    api.counters.hr.reset();
    const result = await work(ctx);
    return { result, statements: api.counters.hr.statements.length };
  }

  it('trainingProvidersByUscc: one statement, key order, null for a miss', async () => {
    const rows: Row[] = await hr().query('SELECT uscc, name FROM training_provider ORDER BY uscc DESC');
    const keys = [...rows.map((r) => r.uscc as string), '91370000000000000X'];
    const { result, statements } = await counted((ctx) => recordsOf(ctx, TRAINING_PROVIDER).byColumn('uscc').loadMany(keys));
    expect(statements).toBe(1);
    expect(result.map((p) => (p instanceof Error ? p : (p[0]?.name ?? null)))).toEqual([...rows.map((r) => r.name), null]);
  });

  it('trainingCatalogEntryPagesByItemKey: one windowed statement for many keys, empty for a miss', async () => {
    const keys: string[] = (await hr().query('SELECT DISTINCT item_key FROM training_catalog_item ORDER BY item_key')).map((r: Row) => r.item_key);
    const rows: Row[] = await hr().query(`SELECT i.item_key, e.code FROM training_catalog_entry e JOIN training_catalog_item i ON i.entry_id = e.id WHERE e.status = 'PUBLISHED' ORDER BY e.title, e.id`);
    const asked = [...keys, 'COUNTY:Ⅰ-9999:370102'];
    const { result, statements } = await counted(async (ctx) => {
      const pages = await recordsOf(ctx, TRAINING_CATALOG_ENTRY).pages<string>('itemKey', { first: 2, orderBy: 'TITLE', filter: { statuses: ['PUBLISHED'] } }).loadMany(asked);
      const counts = await Promise.all(pages.map((p) => (p instanceof Error ? -1 : p.totalCount)));
      return { pages, counts };
    });
    expect(statements).toBe(2);
    expect(keys.length).toBeGreaterThanOrEqual(20);
    asked.forEach((key, i) => {
      const page = result.pages[i];
      if (page instanceof Error) throw page;
      const all = rows.filter((r) => r.item_key === key).map((r) => r.code);
      expect(page.edges.map((e) => e.node.code)).toEqual(all.slice(0, 2));
      expect(result.counts[i]).toBe(all.length);
    });
  });

  it('enrollmentPagesByPersonId: one windowed statement for many persons, empty for a miss', async () => {
    const persons: number[] = (await hr().query('SELECT DISTINCT person_id FROM enrollment ORDER BY person_id LIMIT 30')).map((r: Row) => Number(r.person_id));
    const rows: Row[] = await hr().query(`SELECT id, person_id FROM enrollment WHERE person_id IN (${persons.join(',')}) ORDER BY enrolled_on, id`);
    const asked = [...persons.reverse(), 99999999];
    const { result, statements } = await counted((ctx) => recordsOf(ctx, ENROLLMENT).pages<number>('personId', { first: 1, orderBy: 'ENROLLED_ON' }).loadMany(asked));
    expect(statements).toBe(1);
    asked.forEach((person, i) => {
      const page = result[i];
      if (page instanceof Error) throw page;
      const all = rows.filter((r) => Number(r.person_id) === person).map((r) => globalId('Enrollment', Number(r.id)));
      expect(page.edges.map((e) => e.node.id)).toEqual(all.slice(0, 1));
      expect(page.pageInfo.hasNextPage).toBe(all.length > 1);
    });
    expect(rows.length).toBeGreaterThan(persons.length);
  });

  it('enrollmentPagesByProviderId (through the cohort): one windowed statement for many providers, empty for a miss', async () => {
    const providers: number[] = (await hr().query('SELECT id FROM training_provider ORDER BY id')).map((r: Row) => Number(r.id));
    const rows: Row[] = await hr().query(
      `SELECT e.id, p.id AS provider_id FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id JOIN training_provider p ON p.id = c.provider_id WHERE e.status = 'COMPLETED' ORDER BY e.id`,
    );
    const asked = [...providers, 99999999];
    const { result, statements } = await counted(async (ctx) => {
      const pages = await recordsOf(ctx, ENROLLMENT).pages<number>('providerId', { first: 4, filter: { statuses: ['COMPLETED'] } }).loadMany(asked);
      const counts = await Promise.all(pages.map((p) => (p instanceof Error ? -1 : p.totalCount)));
      return { pages, counts };
    });
    expect(statements).toBe(2);
    expect(providers.length).toBeGreaterThanOrEqual(20);
    asked.forEach((provider, i) => {
      const page = result.pages[i];
      if (page instanceof Error) throw page;
      const all = rows.filter((r) => Number(r.provider_id) === provider).map((r) => globalId('Enrollment', Number(r.id)));
      expect(page.edges.map((e) => e.node.id)).toEqual(all.slice(0, 4));
      expect(result.counts[i]).toBe(all.length);
    });
  });
});
