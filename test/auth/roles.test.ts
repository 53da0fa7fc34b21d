import { describeEachBackend } from '../support/backends';
import { ApiCaller, ApiHarness, startApi } from '../support/api';
import { ApiRole } from '../../src/sources/gateway/api-client.entity';
import { collect, count, forbiddenFields, inList, inPartnerRegion, PARTNER_CODES, PARTNER_REGION, rows } from './helpers';
import { rowIdOf } from '../support/ids';

// Every path to person data, asked by every role. Person regions are aliased
// `personRegion` and person-derived list totals `total`, so one walk of the
// response finds every person reached and every count shown.

type Scope = string[] | null;

interface PathCase {
  name: string;
  query: string;
  /** The field PUBLIC is refused, or null when PUBLIC may ask (and then sees no persons). */
  publicForbidden: string | null;
  /** The sum of the `total`s this viewer should see, from SQL; `data` is the response, for paths paged under parents. */
  expectedTotal?: (api: ApiHarness, scope: Scope, data: any) => Promise<number>;
}

const regionWhere = (column: string, scope: Scope) => {
  if (scope === null) return { sql: '1 = 1', params: [] as unknown[] };
  const list = inList(scope);
  return { sql: `${column} IN ${list.sql}`, params: list.params };
};

const byPersonCount = async (api: ApiHarness, scope: Scope, from: string, personColumn: string, extra = '1 = 1', extraParams: unknown[] = []) => {
  const where = regionWhere('sp.region_code', scope);
  return count(api, 'hr', `SELECT COUNT(*) AS n FROM ${from} JOIN person sp ON sp.id = ${personColumn} WHERE ${where.sql} AND ${extra}`, [...where.params, ...extraParams]);
};

const ids = (data: any, key = 'id') => (collect(data, key) as string[]).map((id) => rowIdOf(id));

const PATHS: PathCase[] = [
  {
    name: 'persons',
    query: '{ persons(first: 100) { total: totalCount edges { node { personRegion: regionCode } } } }',
    publicForbidden: 'Query.persons',
    expectedTotal: (api, scope) => byPersonCount(api, scope, 'person t', 't.id'),
  },
  {
    name: 'enrollments → trainee',
    query: '{ enrollments(first: 100) { total: totalCount edges { node { trainee { personRegion: regionCode } } } } }',
    publicForbidden: 'Query.enrollments',
    expectedTotal: (api, scope) => byPersonCount(api, scope, 'enrollment t', 't.person_id'),
  },
  {
    name: 'subsidyClaims → enrollment → trainee',
    query: '{ subsidyClaims(first: 100) { total: totalCount edges { node { enrollment { trainee { personRegion: regionCode } } } } } }',
    publicForbidden: 'Query.subsidyClaims',
    expectedTotal: (api, scope) => byPersonCount(api, scope, 'subsidy_claim t JOIN enrollment e ON e.id = t.enrollment_id', 'e.person_id'),
  },
  {
    name: 'skillCertificates → person',
    query: '{ skillCertificates(first: 100) { total: totalCount edges { node { person { personRegion: regionCode } } } } }',
    publicForbidden: 'Query.skillCertificates',
    expectedTotal: (api, scope) => byPersonCount(api, scope, 'skill_certificate t', 't.person_id'),
  },
  {
    name: 'talentTitles → person',
    query: '{ talentTitles(first: 100) { total: totalCount edges { node { person { personRegion: regionCode } } } } }',
    publicForbidden: 'Query.talentTitles',
    expectedTotal: (api, scope) => byPersonCount(api, scope, 'talent_title t', 't.person_id'),
  },
  {
    name: 'startupLoans → borrower (PUBLIC: loans to organisations only)',
    query: '{ startupLoans(first: 100) { total: totalCount edges { node { borrowerKind borrower { __typename ... on Person { personRegion: regionCode } } } } } }',
    publicForbidden: null,
    expectedTotal: async (api, scope) => {
      const organisations = await count(api, 'hr', 'SELECT COUNT(*) AS n FROM startup_loan WHERE borrower_person_id IS NULL');
      return organisations + (scope && scope.length === 0 ? 0 : await byPersonCount(api, scope, 'startup_loan t', 't.borrower_person_id'));
    },
  },
  {
    name: 'workshops → trainees',
    query: '{ workshops(first: 100) { edges { node { operatorUscc trainees(first: 100) { total: totalCount edges { node { personRegion: regionCode } } } } } } }',
    publicForbidden: 'Workshop.trainees',
    expectedTotal: async (api, scope, data) => {
      const where = regionWhere('x.region_code', scope);
      const perUscc = await rows(
        api, 'hr',
        `SELECT p.uscc, COUNT(DISTINCT e.person_id) AS n FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id JOIN training_provider p ON p.id = c.provider_id JOIN person x ON x.id = e.person_id WHERE ${where.sql} GROUP BY p.uscc`,
        where.params,
      );
      const byUscc = new Map(perUscc.map((r) => [r.uscc, Number(r.n)]));
      return (collect(data, 'operatorUscc') as Array<string | null>).reduce((sum, uscc) => sum + (uscc ? (byUscc.get(uscc) ?? 0) : 0), 0);
    },
  },
  {
    name: 'heritageItems → trainingCatalogEntries → cohorts → enrollments → trainee',
    query: `{ heritageItems(first: 30, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) { edges { node { trainingCatalogEntries(first: 3) { edges { node {
      cohorts(first: 3) { edges { node { cohortId: id enrollments(first: 40) { total: totalCount edges { node { trainee { personRegion: regionCode } } } } } } } } } } } } } }`,
    publicForbidden: 'TrainingCohort.enrollments',
    expectedTotal: async (api, scope, data) => {
      const cohorts = ids(data, 'cohortId');
      const list = inList(cohorts);
      let total = 0;
      const perCohort = await rows(api, 'hr', `SELECT e.cohort_id, sp.region_code FROM enrollment e JOIN person sp ON sp.id = e.person_id WHERE e.cohort_id IN ${list.sql}`, list.params);
      for (const cohort of cohorts) total += perCohort.filter((r) => Number(r.cohort_id) === cohort && (scope === null || scope.includes(r.region_code))).length;
      return total;
    },
  },
  {
    name: 'trainingCohorts → enrollments → trainee',
    query: '{ trainingCohorts(first: 100) { edges { node { cohortId: id enrollments(first: 100) { total: totalCount edges { node { trainee { personRegion: regionCode } } } } } } } }',
    publicForbidden: 'TrainingCohort.enrollments',
    expectedTotal: async (api, scope, data) => {
      const list = inList(ids(data, 'cohortId'));
      return byPersonCount(api, scope, 'enrollment t', 't.person_id', `t.cohort_id IN ${list.sql}`, list.params);
    },
  },
  {
    name: 'contests → entries → person',
    query: '{ contests(first: 100) { edges { node { contestId: id entries(first: 100) { total: totalCount edges { node { person { personRegion: regionCode } } } } } } } }',
    publicForbidden: 'Contest.entries',
    expectedTotal: async (api, scope, data) => {
      const list = inList(ids(data, 'contestId'));
      return byPersonCount(api, scope, 'contest_entry t', 't.person_id', `t.contest_id IN ${list.sql}`, list.params);
    },
  },
  {
    name: 'inheritors → person',
    query: '{ inheritors(first: 100) { total: totalCount edges { node { inheritorRegion: regionCode person { personRegion: regionCode } } } } }',
    publicForbidden: 'Inheritor.person',
  },
  {
    name: 'inheritors → idNumber',
    query: '{ inheritors(first: 100) { edges { node { inheritorRegion: regionCode idNumber } } } }',
    publicForbidden: 'Inheritor.idNumber',
  },
  {
    name: 'persons → every relationship',
    query: `{ persons(first: 40, orderBy: NAME) { edges { node { personRegion: regionCode
      enrollments(first: 5) { edges { node { trainee { personRegion: regionCode } subsidyClaim { enrollment { trainee { personRegion: regionCode } } } } } }
      skillCertificates(first: 5) { edges { node { person { personRegion: regionCode } } } }
      talentTitles(first: 5) { edges { node { person { personRegion: regionCode } } } }
      contestEntries(first: 5) { edges { node { person { personRegion: regionCode } } } }
      startupLoans(first: 5) { edges { node { borrower { ... on Person { personRegion: regionCode } } } } }
      targetGroupStatuses { person { personRegion: regionCode } }
      inheritorOf { inheritorRegion: regionCode person { personRegion: regionCode } } } } } }`,
    publicForbidden: 'Query.persons',
  },
  {
    name: 'organizations → startupLoans (loans to organisations are not personal)',
    query: '{ organizations(first: 100) { edges { node { startupLoans(first: 10) { edges { node { borrowerKind borrower { __typename } } } } } } } }',
    publicForbidden: null,
  },
];

const READERS: Array<[ApiRole, { region?: string; scopes?: string[] }]> = [
  ['ANALYST', {}],
  ['CULTURE_AGENCY', {}],
  ['HR_AGENCY', { scopes: ['pii:read'] }],
  ['ADMIN', {}],
];

describeEachBackend('every role against every path to person data', (backend) => {
  let api: ApiHarness;
  let partner: ApiCaller;
  beforeAll(async () => {
    api = await startApi(backend, 0.2);
    partner = api.as('PARTNER', { region: PARTNER_REGION });
  });
  afterAll(async () => api?.close());

  describe.each(PATHS)('$name', (path) => {
    it('PUBLIC: FORBIDDEN at the person field, or no persons at all', async () => {
      const body = await api.as('PUBLIC').query(path.query);
      const reached = collect(body.data, 'personRegion');
      if (path.publicForbidden) {
        expect(forbiddenFields(body)).toContain(path.publicForbidden);
        const error = body.errors!.find((e) => e.extensions?.code === 'FORBIDDEN')!;
        expect(error.path?.length).toBeGreaterThan(0);
        expect(error.message).toMatch(/PUBLIC/);
        expect(reached).toEqual([]);
      } else {
        expect(body.errors).toBeUndefined();
        expect(collect(body.data, 'borrowerKind').every((k) => k === 'ORGANIZATION')).toBe(true);
        expect(collect(body.data, '__typename').filter((t) => t === 'Person')).toEqual([]);
        if (path.expectedTotal) expect(collect(body.data, 'total').reduce((a: number, b) => a + Number(b), 0)).toBe(await path.expectedTotal(api, [], body.data));
      }
    });

    it.each(READERS)('%s: every person, all of them counted', async (role, spec) => {
      const data = await api.as(role, spec).data(path.query);
      const reached = [...collect(data, 'personRegion'), ...collect(data, 'inheritorRegion')] as string[];
      if (path.name !== 'organizations → startupLoans (loans to organisations are not personal)') {
        expect(reached.length).toBeGreaterThan(0);
        // The path really does lead outside the partner's region, so the partner's test below means something.
        expect(reached.some((code) => !inPartnerRegion(code))).toBe(true);
      }
      if (path.expectedTotal) expect(collect(data, 'total').reduce((a: number, b) => a + Number(b), 0)).toBe(await path.expectedTotal(api, null, data));
    });

    it(`PARTNER of ${PARTNER_REGION}: only persons of its region, counted at SQL level`, async () => {
      const data = await partner.data(path.query);
      const reached = [...collect(data, 'personRegion'), ...collect(data, 'inheritorRegion')] as Array<string | null>;
      const outside = reached.filter((code) => code !== null && !inPartnerRegion(code));
      expect(outside).toEqual([]);
      if (path.name.startsWith('inheritors → person')) {
        // An inheritor of the region may have an HR record elsewhere: that person is not shown (null).
        const persons = collect(data, 'person') as Array<{ personRegion: string } | null>;
        for (const p of persons) if (p) expect(inPartnerRegion(p.personRegion)).toBe(true);
      }
      if (path.expectedTotal) expect(collect(data, 'total').reduce((a: number, b) => a + Number(b), 0)).toBe(await path.expectedTotal(api, PARTNER_CODES, data));
    });
  });

  it('inheritors: PUBLIC sees the whole directory, a partner its region, each total agreeing with SQL', async () => {
    const query = '{ inheritors(first: 5) { totalCount } }';
    const all = await count(api, 'culture', 'SELECT COUNT(*) AS n FROM inheritor');
    const list = inList(PARTNER_CODES);
    const scoped = await count(api, 'culture', `SELECT COUNT(*) AS n FROM inheritor WHERE region_code IN ${list.sql}`, list.params);
    expect(scoped).toBeGreaterThan(0);
    expect(scoped).toBeLessThan(all);
    expect((await api.as('PUBLIC').data(query)).inheritors.totalCount).toBe(all);
    expect((await api.as('ANALYST').data(query)).inheritors.totalCount).toBe(all);
    expect((await partner.data(query)).inheritors.totalCount).toBe(scoped);
  });

  it('PUBLIC may not look inheritors up by ID number', async () => {
    const [inheritor] = await rows(api, 'culture', 'SELECT citizen_id FROM inheritor ORDER BY id LIMIT 1');
    const body = await api.as('PUBLIC').query('query ($id: String) { inheritors(filter: { citizenId: $id }) { totalCount edges { node { name } } } }', { id: inheritor.citizen_id });
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', argument: 'filter.citizenId' }) })]);
    const analyst = await api.as('ANALYST').data('query ($id: String) { inheritors(filter: { citizenId: $id }) { totalCount } }', { id: inheritor.citizen_id });
    expect(analyst.inheritors.totalCount).toBeGreaterThan(0);
  });

  it('PUBLIC still reads the published directory without errors', async () => {
    const body = await api.as('PUBLIC').query(`{
      regions(first: 3) { totalCount }
      heritageItems(first: 3) { edges { node { name listings(first: 2) { totalCount } workshops(first: 2) { edges { node { name operator { name uscc } } } } } } }
      workshops(first: 3) { edges { node { name recognitions { level } } } }
      organizations(first: 3) { edges { node { uscc name laborBrandUnits { uscc } trainingProvider { name } vacancies(first: 2) { totalCount } } } }
      laborBrands(first: 3) { edges { node { name units(first: 2) { totalCount } } } }
      trainingCatalog(first: 3) { edges { node { title cohorts(first: 2) { edges { node { code plannedSize } } } } } }
      trainingProviders(first: 3) { totalCount } contests(first: 3) { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.heritageItems.edges.length).toBe(3);
    const more = await api.as('PUBLIC').query(`{
      vacancies(first: 3) { totalCount } revitalizationEntries(first: 3) { totalCount }
      inheritors(first: 3) { edges { node { name level heritageItem { name } } } }
    }`);
    expect(more.errors).toBeUndefined();
  });
});
