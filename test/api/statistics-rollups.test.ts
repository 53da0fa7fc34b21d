import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StatisticsSource } from '../../src/config';
import { createContext } from '../../src/context';
import { runImport } from '../../src/import/import.runner';
import { PUBLIC_VIEWER, Viewer } from '../../src/shared/auth/viewer';
import { describeEachBackend } from '../support/backends';
import { SqlCounter } from '../support/sql-counter';
import { HR, startFiling, FilingHarness, viewer } from '../filing/filing-harness';
import { M } from '../filing/operations';

type Row = Record<string, any>;

const ANALYST = viewer('ANALYST');
const PARTNER = viewer('PARTNER', '370700');

/** Every statistics field, over a spread of group-bys and filters; each is asked of both sources and must agree. */
const CASES: Array<{ name: string; query: string; variables?: Row }> = [
  ...[
    [[], null],
    [['CITY', 'YEAR'], null],
    [['COUNTY', 'QUARTER', 'STATUS'], { regionCode: '370700', enrolledFrom: '2024-01-01', enrolledTo: '2025-06-30' }],
    [['CITY', 'QUARTER', 'TARGET_GROUP', 'ICH_CATEGORY'], null],
    [['MONTH', 'ICH_LEVEL'], { passed: true, targetGroups: ['RURAL_TRANSFER_LABORER', 'POVERTY_ALLEVIATED'] }],
    [['TARGET_GROUP', 'STATUS'], { passed: false, statuses: ['COMPLETED', 'DROPPED'] }],
    [['YEAR'], { enrolledFrom: '2024-03-05' }],
    [['CITY', 'QUARTER', 'TARGET_GROUP', 'ICH_CATEGORY'], { regionCode: '370700', enrolledFrom: '2024-04-01', enrolledTo: '2025-03-31' }],
    [['COUNTY', 'ICH_LEVEL'], { enrolledFrom: '2024-02-01' }],
    [['YEAR', 'ICH_CATEGORY', 'ICH_LEVEL'], { regionCode: '370702', passed: true }],
    [['QUARTER', 'ICH_CATEGORY'], { enrolledFrom: '2024-02-01', enrolledTo: '2024-12-31', passed: false }],
  ].map(([groupBy, filter]) => ({
    name: `enrollmentStatistics ${JSON.stringify(groupBy)} ${JSON.stringify(filter)}`,
    query: `query ($groupBy: [EnrollmentDimension!]!, $filter: EnrollmentFilter) { enrollmentStatistics(groupBy: $groupBy, filter: $filter) {
      groupBy minCell groups { keys { city { code } county { code } year quarter month targetGroup status ichCategory ichLevel } enrollments completed passed dropped suppressed }
      total { enrollments completed passed dropped suppressed } } }`,
    variables: { groupBy, filter },
  })),
  ...[
    [['CITY', 'CERTIFICATE_LEVEL'], null],
    [['QUARTER', 'CERTIFICATE_KIND', 'EVALUATOR_TYPE'], { issuedFrom: '2024-01-01', issuedTo: '2024-12-31', levels: ['JUNIOR', 'SENIOR'] }],
    [['COUNTY'], { regionCode: '370200', kinds: ['SPECIALIZED_ABILITY'] }],
  ].map(([groupBy, filter]) => ({
    name: `certificateStatistics ${JSON.stringify(groupBy)} ${JSON.stringify(filter)}`,
    query: `query ($groupBy: [CertificateDimension!]!, $filter: SkillCertificateFilter) { certificateStatistics(groupBy: $groupBy, filter: $filter) {
      groupBy minCell groups { keys { city { code } county { code } year quarter month certificateKind certificateLevel evaluatorType } certificates suppressed } total { certificates suppressed } } }`,
    variables: { groupBy, filter },
  })),
  ...[
    [['CITY', 'STATUS'], null],
    [['ICH_CATEGORY', 'YEAR'], { postedFrom: '2024-01-01' }],
    [['MONTH'], { statuses: ['OPEN'], regionCode: '370100' }],
  ].map(([groupBy, filter]) => ({
    name: `vacancyStatistics ${JSON.stringify(groupBy)} ${JSON.stringify(filter)}`,
    query: `query ($groupBy: [VacancyDimension!]!, $filter: VacancyFilter) { vacancyStatistics(groupBy: $groupBy, filter: $filter) {
      groupBy groups { keys { city { code } year month status ichCategory ichLevel } vacancies headcount } total { vacancies headcount } } }`,
    variables: { groupBy, filter },
  })),
  ...[
    [['BORROWER_KIND', 'TERM_MONTHS'], null],
    [['CITY', 'YEAR'], { grantedFrom: '2023-01-01', grantedTo: '2025-12-31', borrowerKinds: ['PERSON'] }],
  ].map(([groupBy, filter]) => ({
    name: `loanStatistics ${JSON.stringify(groupBy)} ${JSON.stringify(filter)}`,
    query: `query ($groupBy: [LoanDimension!]!, $filter: StartupLoanFilter) { loanStatistics(groupBy: $groupBy, filter: $filter) {
      groupBy minCell groups { keys { city { code } year borrowerKind termMonths } loans amount suppressed } total { loans amount suppressed } } }`,
    variables: { groupBy, filter },
  })),
  {
    name: 'workshopStatistics [CITY, STATUS] (read from the facts either way)',
    query: `{ workshopStatistics(groupBy: [CITY, STATUS]) { groups { keys { city { code } status } workshops jobsCreated } total { workshops } } }`,
  },
  ...[
    [{ kind: 'YEAR', year: 2024 }, '370000'],
    [{ kind: 'QUARTER', year: 2025, number: 2 }, '370700'],
    [{ kind: 'MONTH', year: 2024, number: 9 }, '370000'],
    [{ kind: 'YEAR', year: 2026 }, '370000'],
  ].map(([period, regionCode]) => ({
    name: `dispatchReport ${JSON.stringify(period)} ${regionCode}`,
    query: `query ($period: PeriodInput!, $regionCode: String) { dispatchReport(period: $period, regionCode: $regionCode) { minCell rows { kind label region { code }
      workshops { recognized countyLevel cityLevel provinceLevel jobsCreated } laborBrands { brands unitsRecognized } catalogEntriesPublished cohortsStarted
      traineesEnrolled { total ruralTransferLaborers registeredUnemployed povertyAlleviated noTargetGroup suppressed }
      traineesCompleted { total ruralTransferLaborers registeredUnemployed povertyAlleviated noTargetGroup suppressed }
      subsidies { claimsFiled claimedAmount claimsPaid paidAmount suppressed }
      certificatesIssued { total apprentice junior intermediate senior technician seniorTechnician principalTechnician chiefTechnician specializedAbility suppressed }
      talentTitlesAwarded { total shandongTechnicalExpert qiluChiefTechnician nationalTechnicalExpert other suppressed }
      vacancies { posted headcount } startupLoans { granted amount suppressed } } } }`,
    variables: { period, regionCode },
  })),
];

describeEachBackend('statistics from rollups equal the GROUP BY of the facts', (backend) => {
  let h: FilingHarness;
  const counter = new SqlCounter();
  beforeAll(async () => {
    h = await startFiling(backend, 0.1);
    // Statements are watched through a logger of their own on the HR source.
    const logger = h.db.sources.hr.logger as unknown as { inner: { logQuery: (q: string) => void } };
    const inner = logger.inner;
    logger.inner = Object.assign(Object.create(inner), { logQuery: (q: string, ...rest: unknown[]) => { counter.logQuery(q, ...(rest as [])); } });
  });
  afterAll(async () => h?.close());

  async function ask(source: StatisticsSource, who: Viewer, query: string, variables?: Row): Promise<Row> {
    const response = await h.server.apollo.executeOperation({ query, variables }, { contextValue: createContext(h.db.sources, { viewer: who, statisticsSource: source }) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
    // A refusal (a day-precise filter on published figures) must be the same refusal.
    const { data, errors } = response.body.singleResult;
    return { data, errors: errors?.map((e) => ({ message: e.message, extensions: e.extensions })) };
  }

  /** Every case, as each viewer, from the rollups and from the facts; returns how many answers read a rollup. */
  async function expectSameAnswers(): Promise<number> {
    let fromRollups = 0;
    for (const who of [ANALYST, PUBLIC_VIEWER, PARTNER]) {
      for (const c of CASES) {
        counter.reset();
        const rollup = await ask('rollup', who, c.query, c.variables);
        if (counter.statements.some((s) => /\brollup_/.test(s))) fromRollups++;
        counter.reset();
        const raw = await ask('raw', who, c.query, c.variables);
        expect(counter.statements.some((s) => /\brollup_/.test(s))).toBe(false);
        expect({ case: c.name, viewer: who.role, answer: rollup }).toEqual({ case: c.name, viewer: who.role, answer: raw });
      }
    }
    return fromRollups;
  }

  it('for every statistics field, group-bys and filters, as an analyst, the public and a partner', async () => {
    // A partner's figures and day-precise filters read the facts; the rest read the rollups.
    expect(await expectSameAnswers()).toBeGreaterThanOrEqual(2 * (CASES.length - 2));
  });

  it('after filings through the API: an enrolment, its completion and its subsidy claim', async () => {
    const hr = h.db.sources.hr;
    const [cohort] = await hr.query(`SELECT id, code, starts_on, ends_on, region_code FROM training_cohort WHERE ends_on < '2026-06-01' ORDER BY ends_on DESC, id LIMIT 1`);
    // A person in a target group on the day of enrolment, so the completion carries a subsidy claim.
    const [newcomer] = await hr.query(
      `SELECT p.citizen_id, s.target_group FROM person p JOIN target_group_status s ON s.person_id = p.id
       WHERE s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to >= ?) AND p.id NOT IN (SELECT person_id FROM enrollment WHERE cohort_id = ?) ORDER BY p.id DESC LIMIT 1`,
      [cohort.starts_on, cohort.ends_on, cohort.id],
    );
    const file = async (mutation: keyof typeof M, input: Row) => {
      const response = await h.run(HR, M[mutation], { input });
      expect(response.errors).toBeUndefined();
      const payload = (response.data as Row)[mutation];
      expect(payload.errors).toEqual([]);
    };
    await file('enrollTrainee', { cohortCode: cohort.code, idNumber: newcomer.citizen_id, enrolledOn: cohort.starts_on, targetGroup: newcomer.target_group });
    await file('recordCompletion', { cohortCode: cohort.code, idNumber: newcomer.citizen_id, completedOn: cohort.ends_on, passed: true });
    await file('fileSubsidyClaim', { cohortCode: cohort.code, idNumber: newcomer.citizen_id, amount: '123.45', claimedOn: cohort.ends_on });
    await expectSameAnswers();
  });

  it('after an import of enrolments', async () => {
    const hr = h.db.sources.hr;
    const [cohort] = await hr.query(`SELECT id, code, starts_on, ends_on FROM training_cohort WHERE ends_on < '2025-06-01' ORDER BY id DESC LIMIT 1`);
    const people: Array<{ citizen_id: string }> = await hr.query(`SELECT citizen_id FROM person WHERE id NOT IN (SELECT person_id FROM enrollment WHERE cohort_id = ?) ORDER BY id LIMIT 8`, [cohort.id]);
    const csv = ['cohortCode,idNumber,enrolledOn,status,completedOn,passed', ...people.map((p, i) => `${cohort.code},${p.citizen_id},${cohort.starts_on},${i % 2 === 0 ? `COMPLETED,${cohort.ends_on},${i % 4 === 0}` : 'ENROLLED,,'}`)].join('\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-rollups-'));
    try {
      const file = path.join(dir, 'enrollments.csv');
      fs.writeFileSync(file, csv);
      const report = await runImport(h.db.sources, { type: 'enrollments', file });
      expect(report).toMatchObject({ failedRows: 0, written: people.length });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await expectSameAnswers();
  });

  it('rebuilds to the same figures the triggers kept', async () => {
    const hr = h.db.sources.hr;
    const before = await hr.query('SELECT * FROM rollup_enrollment ORDER BY month, region_code, catalog_entry_id, target_group, status, completed_month');
    const { rebuildRollups } = await import('../../src/modules/statistics/rollups/rollup-rebuild');
    await rebuildRollups(hr, 'hr');
    expect(await hr.query('SELECT * FROM rollup_enrollment ORDER BY month, region_code, catalog_entry_id, target_group, status, completed_month')).toEqual(before);
  });
});
