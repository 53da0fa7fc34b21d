import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { cityOfCode, countyOfCode, dialect, Row, yuanSum } from './statistics-expected';

type Figures = Record<string, number | string>;

/** Sums SQL rows into groups by a key the test computes, so regions fold by their code, not by the code under test. */
function fold(rows: Row[], keyOf: (r: Row) => string | string[], figuresOf: (r: Row) => Figures): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const row of rows) {
    const keys = keyOf(row);
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const target = out.get(key);
      const add = figuresOf(row);
      if (!target) {
        out.set(key, { ...add });
        continue;
      }
      for (const [name, value] of Object.entries(add)) target[name] = typeof value === 'number' ? (target[name] as number) + value : yuanSum([target[name], value]);
    }
  }
  return out;
}

const n = (v: unknown) => Number(v ?? 0);
const k = (...parts: unknown[]) => parts.map((p) => (p === null || p === undefined ? '∅' : String(p))).join('|');

describeEachBackend('group-by statistics', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  const culture = () => api.db.sources.culture;
  const d = dialect(backend);
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  /** Groups of a statistics result as a map from the requested keys to the figures. */
  function groupsOf(result: Row, keyOf: (keys: Row) => string, figures: string[]): Map<string, Figures> {
    return new Map(result.groups.map((g: Row) => [keyOf(g.keys), Object.fromEntries(figures.map((f) => [f, g[f]]))]));
  }

  // ---------- enrolments ----------
  const ENROLLMENTS = `query ($groupBy: [EnrollmentDimension!]!, $filter: EnrollmentFilter) {
    enrollmentStatistics(groupBy: $groupBy, filter: $filter) {
      groupBy
      groups { keys { city { code } county { code } year quarter month targetGroup status ichCategory ichLevel } enrollments completed passed dropped }
      total { keys { city { code } year } enrollments completed passed dropped }
    }
  }`;
  const enrollmentFigures = (r: Row): Figures => ({ enrollments: n(r.n), completed: n(r.completed), passed: n(r.passed), dropped: n(r.dropped) });
  const ENROLLMENT_MEASURES = `COUNT(*) AS n, SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,
    SUM(CASE WHEN e.passed = 1 THEN 1 ELSE 0 END) AS passed, SUM(CASE WHEN e.status = 'DROPPED' THEN 1 ELSE 0 END) AS dropped`;
  const FIGURES = ['enrollments', 'completed', 'passed', 'dropped'];

  it('groups enrolments by city and year, in key order, as SQL counts them', async () => {
    const result = (await api.data(ENROLLMENTS, { groupBy: ['CITY', 'YEAR'] })).enrollmentStatistics;
    expect(api.statements()).toMatchObject({ hr: 1, culture: 0 });
    const rows = await hr().query(`SELECT c.region_code AS code, ${d.year('e.enrolled_on')} AS y, ${ENROLLMENT_MEASURES} FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id GROUP BY c.region_code, ${d.year('e.enrolled_on')}`);
    const expected = fold(rows, (r) => k(cityOfCode(r.code), n(r.y)), enrollmentFigures);
    expect(groupsOf(result, (keys) => k(keys.city?.code, keys.year), FIGURES)).toEqual(expected);
    const order = result.groups.map((g: Row) => k(g.keys.city.code, g.keys.year));
    expect(order).toEqual([...order].sort());
    expect(result.groupBy).toEqual(['CITY', 'YEAR']);
    expect(result.groups[0].keys).toMatchObject({ county: null, quarter: null, month: null, targetGroup: null, status: null, ichCategory: null });
    const [all] = await hr().query(`SELECT ${ENROLLMENT_MEASURES} FROM enrollment e`);
    expect(result.total).toEqual({ keys: { city: null, year: null }, ...enrollmentFigures(all) });
  });

  it.each<[string, string[], Record<string, unknown>, string, string[]]>([
    ['county and target group, in a city over a date range', ['COUNTY', 'TARGET_GROUP'], { regionCode: '370700', enrolledFrom: '2024-01-01', enrolledTo: '2025-06-30' },
      `c.region_code LIKE '3707%' AND e.enrolled_on >= '2024-01-01' AND e.enrolled_on <= '2025-06-30'`, ['county', 'targetGroup']],
    ['quarter and status, of some states', ['QUARTER', 'STATUS'], { statuses: ['COMPLETED', 'DROPPED'] }, `e.status IN ('COMPLETED', 'DROPPED')`, ['quarter', 'status']],
    ['month, of passed trainees in two target groups', ['MONTH'], { passed: true, targetGroups: ['RURAL_TRANSFER_LABORER', 'POVERTY_ALLEVIATED'] },
      `e.passed = 1 AND e.target_group IN ('RURAL_TRANSFER_LABORER', 'POVERTY_ALLEVIATED')`, ['month']],
  ])('groups enrolments by %s, as SQL counts them', async (_name, groupBy, filter, where, keys) => {
    const result = (await api.data(ENROLLMENTS, { groupBy, filter })).enrollmentStatistics;
    const select = keys.map((key) => ({ county: 'c.region_code', targetGroup: 'e.target_group', quarter: d.quarter('e.enrolled_on'), status: 'e.status', month: d.month('e.enrolled_on') })[key]!);
    const rows = await hr().query(
      `SELECT ${select.map((s, i) => `${s} AS k${i}`).join(', ')}, ${ENROLLMENT_MEASURES} FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id WHERE ${where} GROUP BY ${select.join(', ')}`,
    );
    expect(rows.length).toBeGreaterThan(1);
    const expected = fold(rows, (r) => k(...keys.map((key, i) => (key === 'county' ? countyOfCode(r[`k${i}`]) : r[`k${i}`]))), enrollmentFigures);
    expect(groupsOf(result, (g) => k(...keys.map((key) => (key === 'county' ? g.county?.code : g[key]))), FIGURES)).toEqual(expected);
    const [all] = await hr().query(`SELECT ${ENROLLMENT_MEASURES} FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id WHERE ${where}`);
    expect(result.total).toMatchObject(enrollmentFigures(all));
  });

  /** Item key → category and level, read from culture by the test. */
  async function itemAttributes(): Promise<Map<string, { category: string; level: string }>> {
    const rows = await culture().query('SELECT l.listing_key AS item_key, i.category, i.level FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id');
    return new Map(rows.map((r: Row) => [r.item_key, { category: r.category, level: r.level }]));
  }

  it.each<[string[], (a: { category: string; level: string } | null) => string]>([
    [['ICH_CATEGORY'], (a) => k(a?.category)],
    [['ICH_CATEGORY', 'ICH_LEVEL'], (a) => k(a?.category, a?.level)],
  ])('groups enrolments across agencies by %j of the items their programme rests on, each enrolment once per key', async (groupBy, keyOf) => {
    const result = (await api.data(ENROLLMENTS, { groupBy })).enrollmentStatistics;
    // One GROUP BY in hr, one look-up of the programmes' item keys in hr, one look-up of the keys in culture.
    expect(api.statements()).toMatchObject({ hr: 2, culture: 1 });
    const attributes = await itemAttributes();
    const keysOfEntry = new Map<string, string[]>();
    for (const link of await hr().query('SELECT entry_id, item_key FROM training_catalog_item')) {
      keysOfEntry.set(String(link.entry_id), [...(keysOfEntry.get(String(link.entry_id)) ?? []), link.item_key]);
    }
    const rows = await hr().query(`SELECT c.catalog_entry_id AS entry, ${ENROLLMENT_MEASURES} FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id GROUP BY c.catalog_entry_id`);
    const expected = fold(
      rows,
      (r) => {
        const known = (keysOfEntry.get(String(r.entry)) ?? []).map((key) => attributes.get(key)).filter((a) => a !== undefined);
        return known.length === 0 ? [keyOf(null)] : [...new Set(known.map(keyOf))];
      },
      enrollmentFigures,
    );
    expect(groupsOf(result, (g) => (groupBy.length === 1 ? k(g.ichCategory) : k(g.ichCategory, g.ichLevel)), FIGURES)).toEqual(expected);
    expect(expected.size).toBeGreaterThan(1);
    // A programme on items of two categories counts under both; the total counts each enrolment once.
    const [all] = await hr().query(`SELECT ${ENROLLMENT_MEASURES} FROM enrollment e`);
    expect(result.total).toMatchObject(enrollmentFigures(all));
    expect(result.groups.reduce((sum: number, g: Row) => sum + g.enrollments, 0)).toBeGreaterThan(n(all.n));
  });

  it('gives one group of everything for an empty groupBy, and no groups but zero totals where there is no data', async () => {
    const everything = (await api.data(ENROLLMENTS, { groupBy: [] })).enrollmentStatistics;
    expect(everything.groups).toHaveLength(1);
    expect(everything.groups[0].enrollments).toBe(everything.total.enrollments);
    const none = (await api.data(ENROLLMENTS, { groupBy: ['CITY'], filter: { regionCode: '371200' } })).enrollmentStatistics;
    expect(none.groups).toEqual([]);
    expect(none.total).toMatchObject({ enrollments: 0, completed: 0, passed: 0, dropped: 0 });
    const quiet = (await api.data(ENROLLMENTS, { groupBy: ['COUNTY', 'MONTH'], filter: { enrolledFrom: '2019-01-01', enrolledTo: '2019-12-31' } })).enrollmentStatistics;
    expect(quiet.groups).toEqual([]);
  });

  // ---------- workshops ----------
  const WORKSHOPS = `query ($groupBy: [WorkshopDimension!]!, $filter: WorkshopFilter) {
    workshopStatistics(groupBy: $groupBy, filter: $filter) {
      groups { keys { city { code } county { code } status highestRecognitionLevel firstRecognitionYear ichCategory ichLevel } workshops jobsCreated }
      total { workshops jobsCreated }
    }
  }`;

  it('groups workshops by city and status, as SQL counts them', async () => {
    const result = (await api.data(WORKSHOPS, { groupBy: ['CITY', 'STATUS'] })).workshopStatistics;
    expect(api.statements()).toMatchObject({ culture: 1, hr: 0 });
    const rows = await culture().query('SELECT region_code AS code, status, COUNT(*) AS n, SUM(jobs_created) AS jobs FROM workshop GROUP BY region_code, status');
    const expected = fold(rows, (r) => k(cityOfCode(r.code), r.status), (r) => ({ workshops: n(r.n), jobsCreated: n(r.jobs) }));
    expect(groupsOf(result, (g) => k(g.city?.code, g.status), ['workshops', 'jobsCreated'])).toEqual(expected);
  });

  it('groups a city’s workshops by highest recognition level and first recognition year, as the recognitions say', async () => {
    const result = (await api.data(WORKSHOPS, { groupBy: ['HIGHEST_RECOGNITION_LEVEL', 'FIRST_RECOGNITION_YEAR'], filter: { regionCode: '370700' } })).workshopStatistics;
    const rank = ['COUNTY', 'CITY', 'PROVINCE'];
    const perWorkshop = new Map<number, { jobs: number; top: string | null; first: number | null }>();
    for (const r of await culture().query(`SELECT w.id, w.jobs_created, r.level, r.year FROM workshop w LEFT JOIN workshop_recognition r ON r.workshop_id = w.id WHERE w.region_code LIKE '3707%'`)) {
      const w = perWorkshop.get(Number(r.id)) ?? { jobs: n(r.jobs_created), top: null, first: null };
      if (r.level && (w.top === null || rank.indexOf(r.level) > rank.indexOf(w.top))) w.top = r.level;
      if (r.year !== null && (w.first === null || n(r.year) < w.first)) w.first = n(r.year);
      perWorkshop.set(Number(r.id), w);
    }
    const expected = fold([...perWorkshop.values()], (w) => k(w.top, w.first), (w) => ({ workshops: 1, jobsCreated: w.jobs }));
    expect(groupsOf(result, (g) => k(g.highestRecognitionLevel, g.firstRecognitionYear), ['workshops', 'jobsCreated'])).toEqual(expected);
    expect(expected.size).toBeGreaterThan(2);
  });

  it('groups workshops by the ICH category of their items, a workshop once per category, with a total that counts each once', async () => {
    const result = (await api.data(WORKSHOPS, { groupBy: ['ICH_CATEGORY'] })).workshopStatistics;
    expect(api.statements()).toMatchObject({ culture: 2, hr: 0 });
    const rows = await culture().query('SELECT DISTINCT w.id, w.jobs_created AS jobs, hi.category FROM workshop w LEFT JOIN workshop_heritage_item wi ON wi.workshop_id = w.id LEFT JOIN heritage_item hi ON hi.id = wi.item_id');
    const expected = fold(rows, (r) => k(r.category), (r) => ({ workshops: 1, jobsCreated: n(r.jobs) }));
    expect(groupsOf(result, (g) => k(g.ichCategory), ['workshops', 'jobsCreated'])).toEqual(expected);
    const [all] = await culture().query('SELECT COUNT(*) AS n, SUM(jobs_created) AS jobs FROM workshop');
    expect(result.total).toEqual({ workshops: n(all.n), jobsCreated: n(all.jobs) });
  });

  // ---------- certificates ----------
  const CERTIFICATES = `query ($groupBy: [CertificateDimension!]!, $filter: SkillCertificateFilter) {
    certificateStatistics(groupBy: $groupBy, filter: $filter) {
      groups { keys { city { code } county { code } year quarter month certificateKind certificateLevel evaluatorType } certificates }
      total { certificates }
    }
  }`;

  it('groups a city’s certificates by county and level, as SQL counts them', async () => {
    const result = (await api.data(CERTIFICATES, { groupBy: ['COUNTY', 'CERTIFICATE_LEVEL'], filter: { regionCode: '370700' } })).certificateStatistics;
    const rows = await hr().query(`SELECT region_code AS code, level, COUNT(*) AS n FROM skill_certificate WHERE region_code LIKE '3707%' GROUP BY region_code, level`);
    const expected = fold(rows, (r) => k(countyOfCode(r.code), r.level), (r) => ({ certificates: n(r.n) }));
    expect(groupsOf(result, (g) => k(g.county?.code, g.certificateLevel), ['certificates'])).toEqual(expected);
    expect([...expected.keys()].some((key) => key.endsWith('|∅'))).toBe(true);
  });

  it('groups certificates issued in a range by month, kind and evaluator, as SQL counts them', async () => {
    const filter = { issuedFrom: '2024-03-31', issuedTo: '2025-06-30' };
    const result = (await api.data(CERTIFICATES, { groupBy: ['MONTH', 'CERTIFICATE_KIND', 'EVALUATOR_TYPE'], filter })).certificateStatistics;
    const rows = await hr().query(
      `SELECT ${d.month('issued_on')} AS m, kind, evaluator_type AS e, COUNT(*) AS n FROM skill_certificate WHERE issued_on >= '2024-03-31' AND issued_on <= '2025-06-30' GROUP BY ${d.month('issued_on')}, kind, evaluator_type`,
    );
    const expected = fold(rows, (r) => k(r.m, r.kind, r.e), (r) => ({ certificates: n(r.n) }));
    expect(groupsOf(result, (g) => k(g.month, g.certificateKind, g.evaluatorType), ['certificates'])).toEqual(expected);
    const [all] = await hr().query(`SELECT COUNT(*) AS n FROM skill_certificate WHERE issued_on >= '2024-03-31' AND issued_on <= '2025-06-30'`);
    expect(result.total.certificates).toBe(n(all.n));
  });

  // ---------- vacancies ----------
  const VACANCIES = `query ($groupBy: [VacancyDimension!]!, $filter: VacancyFilter) {
    vacancyStatistics(groupBy: $groupBy, filter: $filter) {
      groups { keys { city { code } county { code } year quarter month status ichCategory ichLevel } vacancies headcount }
      total { vacancies headcount }
    }
  }`;

  it('groups vacancies by city, quarter and status, as SQL counts them', async () => {
    const result = (await api.data(VACANCIES, { groupBy: ['CITY', 'QUARTER', 'STATUS'] })).vacancyStatistics;
    const rows = await hr().query(`SELECT region_code AS code, ${d.quarter('posted_on')} AS q, status, COUNT(*) AS n, SUM(headcount) AS h FROM vacancy GROUP BY region_code, ${d.quarter('posted_on')}, status`);
    const expected = fold(rows, (r) => k(cityOfCode(r.code), r.q, r.status), (r) => ({ vacancies: n(r.n), headcount: n(r.h) }));
    expect(groupsOf(result, (g) => k(g.city?.code, g.quarter, g.status), ['vacancies', 'headcount'])).toEqual(expected);
  });

  it('groups vacancies across agencies by the category and level of their ICH item, with one look-up in culture', async () => {
    const result = (await api.data(VACANCIES, { groupBy: ['ICH_LEVEL', 'ICH_CATEGORY'] })).vacancyStatistics;
    expect(api.statements()).toMatchObject({ hr: 1, culture: 1 });
    const attributes = await itemAttributes();
    const rows = await hr().query('SELECT item_key, COUNT(*) AS n, SUM(headcount) AS h FROM vacancy GROUP BY item_key');
    const expected = fold(rows, (r) => {
      const a = r.item_key === null ? undefined : attributes.get(r.item_key);
      return k(a?.category, a?.level);
    }, (r) => ({ vacancies: n(r.n), headcount: n(r.h) }));
    expect(groupsOf(result, (g) => k(g.ichCategory, g.ichLevel), ['vacancies', 'headcount'])).toEqual(expected);
    expect(expected.size).toBeGreaterThan(1);
  });

  // ---------- loans ----------
  const LOANS = `query ($groupBy: [LoanDimension!]!, $filter: StartupLoanFilter) {
    loanStatistics(groupBy: $groupBy, filter: $filter) {
      groups { keys { city { code } county { code } year quarter month borrowerKind termMonths } loans amount }
      total { loans amount }
    }
  }`;

  it('groups loans by year and borrower kind with amounts summed exactly, as SQL has them', async () => {
    const result = (await api.data(LOANS, { groupBy: ['YEAR', 'BORROWER_KIND'] })).loanStatistics;
    const rows = await hr().query(`SELECT ${d.year('granted_on')} AS y, borrower_person_id AS p, amount FROM startup_loan`);
    const expected = fold(rows, (r) => k(n(r.y), r.p === null ? 'ORGANIZATION' : 'PERSON'), (r) => ({ loans: 1, amount: yuanSum([r.amount]) }));
    expect(groupsOf(result, (g) => k(g.year, g.borrowerKind), ['loans', 'amount'])).toEqual(expected);
    expect(result.total).toEqual({ loans: rows.length, amount: yuanSum(rows.map((r: Row) => r.amount)) });
    for (const g of result.groups) expect(g.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it('groups a city’s loans by county and term, as SQL has them', async () => {
    const [{ code }] = await hr().query(`SELECT region_code AS code FROM startup_loan GROUP BY region_code ORDER BY COUNT(*) DESC, region_code LIMIT 1`);
    const city = cityOfCode(code)!;
    const result = (await api.data(LOANS, { groupBy: ['COUNTY', 'TERM_MONTHS'], filter: { regionCode: city } })).loanStatistics;
    const rows = await hr().query(`SELECT region_code AS code, term_months AS t, amount FROM startup_loan WHERE region_code LIKE '${city.slice(0, 4)}%'`);
    const expected = fold(rows, (r) => k(countyOfCode(r.code), n(r.t)), (r) => ({ loans: 1, amount: yuanSum([r.amount]) }));
    expect(groupsOf(result, (g) => k(g.county?.code, g.termMonths), ['loans', 'amount'])).toEqual(expected);
  });

  // ---------- arguments and viewers ----------
  it.each<[string, Record<string, unknown>, string]>([
    [ENROLLMENTS, { groupBy: ['CITY'], filter: { regionCode: '379999' } }, 'filter.regionCode'],
    [ENROLLMENTS, { groupBy: ['CITY'], filter: { enrolledFrom: '2024-02-01', enrolledTo: '2024-01-31' } }, 'filter.enrolledTo'],
    [WORKSHOPS, { groupBy: ['CITY'], filter: { regionCode: '12' } }, 'filter.regionCode'],
    [CERTIFICATES, { groupBy: ['YEAR'], filter: { issuedFrom: '2025-01-01', issuedTo: '2024-12-31' } }, 'filter.issuedTo'],
    [VACANCIES, { groupBy: ['STATUS'], filter: { postedFrom: '2025-01-01', postedTo: '2024-12-31' } }, 'filter.postedTo'],
    [LOANS, { groupBy: ['YEAR'], filter: { regionCode: '370000x' } }, 'filter.regionCode'],
  ])('rejects bad filters with BAD_USER_INPUT naming the argument (%#)', async (query, variables, argument) => {
    const body = await api.query(query, variables);
    // The root field is nullable: refused, it is null beside its error.
    expect(Object.values(body.data ?? { refused: null })).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('counts only the persons a region-limited viewer may see, as its lists do', async () => {
    const result = (await api.as('PARTNER', { region: '370100' }).data(ENROLLMENTS, { groupBy: ['CITY'] })).enrollmentStatistics;
    const [all] = await hr().query(`SELECT ${ENROLLMENT_MEASURES} FROM enrollment e JOIN person p ON p.id = e.person_id WHERE p.region_code LIKE '3701%'`);
    expect(result.total).toMatchObject(enrollmentFigures(all));
    const loans = (await api.as('PARTNER', { region: '370100' }).data(LOANS, { groupBy: [] })).loanStatistics;
    const visible = await hr().query(`SELECT l.amount FROM startup_loan l LEFT JOIN person p ON p.id = l.borrower_person_id WHERE l.borrower_person_id IS NULL OR p.region_code LIKE '3701%'`);
    expect(loans.total).toEqual({ loans: visible.length, amount: yuanSum(visible.map((r: Row) => r.amount)) });
  });
});
