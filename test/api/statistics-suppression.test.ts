import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { attack, Identity } from '../support/attacker';
import { builder } from '../support/builders';
import { PersonFacts } from '../support/person-facts';
import { DISPATCH_ROW_FIELDS, Row } from './statistics-expected';

const T = 5;

const REPORT = `query ($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    minCell
    rows { ${DISPATCH_ROW_FIELDS.replace(/(traineesEnrolled|traineesCompleted|subsidies|certificatesIssued|talentTitlesAwarded|startupLoans) \{ ([^}]*)\}/g, '$1 { $2 suppressed }')} }
  }
}`;

/** The counts of persons in a dispatch row and the categories that add up to each. */
const FAMILIES: Array<{ object: string; total: string; parts: string[] }> = [
  { object: 'traineesEnrolled', total: 'total', parts: ['ruralTransferLaborers', 'registeredUnemployed', 'povertyAlleviated', 'noTargetGroup'] },
  { object: 'traineesCompleted', total: 'total', parts: ['ruralTransferLaborers', 'registeredUnemployed', 'povertyAlleviated', 'noTargetGroup'] },
  { object: 'subsidies', total: 'claimsFiled', parts: [] },
  { object: 'subsidies', total: 'claimsPaid', parts: [] },
  {
    object: 'certificatesIssued',
    total: 'total',
    parts: ['apprentice', 'junior', 'intermediate', 'senior', 'technician', 'seniorTechnician', 'principalTechnician', 'chiefTechnician', 'specializedAbility'],
  },
  { object: 'talentTitlesAwarded', total: 'total', parts: ['shandongTechnicalExpert', 'qiluChiefTechnician', 'nationalTechnicalExpert', 'other'] },
  { object: 'startupLoans', total: 'granted', parts: [] },
];

/** Loans to organisations per region row, which anyone can list: the reader takes them out of the loan counts. */
type OrgLoans = (rowCode: string) => number;

/**
 * What a reader of dispatch reports knows: each printed count (loans less
 * the public loans to organisations), each row's categories adding up to
 * its total, and the rows adding up to 合计; a city's row in the province's
 * report is the 合计 of the city's own report.
 */
function readReports(reports: Array<{ name: string; root: string; rows: Row[] }>, orgLoans: OrgLoans) {
  const identities: Identity[] = [];
  const known = new Map<string, number>();
  const hidden = new Set<string>();
  const cell = (report: string, row: Row, object: string, field: string) => `${report}:${row.kind}:${row.region.code}:${object}.${field}`;
  for (const { name, root, rows } of reports) {
    const total = rows.find((r) => r.kind === 'TOTAL')!;
    for (const f of FAMILIES) {
      for (const field of [f.total, ...f.parts]) {
        identities.push({ total: cell(name, total, f.object, field), parts: rows.filter((r) => r.kind !== 'TOTAL').map((r) => cell(name, r, f.object, field)) });
        for (const row of rows) {
          const value = row[f.object][field];
          const id = cell(name, row, f.object, field);
          if (value === null) hidden.add(id);
          else known.set(id, f.object === 'startupLoans' ? value - orgLoans(row.kind === 'DIRECT' ? `${root}:own` : row.region.code) : value);
        }
      }
      for (const row of rows) if (f.parts.length) identities.push({ total: cell(name, row, f.object, f.total), parts: f.parts.map((p) => cell(name, row, f.object, p)) });
    }
  }
  // The same region in two reports: a province row and a city's 合计.
  for (const a of reports) {
    for (const b of reports) {
      if (a === b) continue;
      const row = a.rows.find((r) => r.kind === 'REGION' && r.region.code === b.root);
      const total = b.rows.find((r) => r.kind === 'TOTAL')!;
      if (!row) continue;
      for (const f of FAMILIES) for (const field of [f.total, ...f.parts]) identities.push({ total: cell(a.name, row, f.object, field), parts: [cell(b.name, total, f.object, field)] });
    }
  }
  return { identities, known, hidden, cell };
}

describeEachBackend('small-cell protection of published figures', (backend) => {
  let api: ApiHarness;
  const orgLoans = new Map<string, number>();
  beforeAll(async () => {
    api = await startApi(backend, 0);
    const facts = new PersonFacts(await builder(api));
    // 济南 (370100): four counties and a cohort held by the city itself (本级).
    const lixia = await facts.cohort('370102');
    await facts.enroll(lixia, 7, { targetGroup: 'RURAL_TRANSFER_LABORER', status: 'COMPLETED', claim: '800.00' });
    await facts.enroll(lixia, 1, { targetGroup: 'REGISTERED_UNEMPLOYED', status: 'COMPLETED', passed: false });
    const shizhong = await facts.cohort('370103');
    await facts.enroll(shizhong, 6, { targetGroup: 'RURAL_TRANSFER_LABORER', claim: '650.50' });
    await facts.enroll(shizhong, 2, { targetGroup: 'POVERTY_ALLEVIATED', status: 'DROPPED' });
    const huaiyin = await facts.cohort('370104');
    await facts.enroll(huaiyin, 3, { claim: '1200.00', on: '2024-07-01' });
    const jinan = await facts.cohort('370100');
    await facts.enroll(jinan, 1, { targetGroup: 'RURAL_TRANSFER_LABORER' });
    // 青岛 (370200) and 淄博 (370300).
    const shinan = await facts.cohort('370202');
    await facts.enroll(shinan, 12, { targetGroup: 'RURAL_TRANSFER_LABORER', status: 'COMPLETED' });
    await facts.enroll(shinan, 5, { status: 'COMPLETED', passed: false });
    const shibei = await facts.cohort('370203');
    await facts.enroll(shibei, 2, { targetGroup: 'REGISTERED_UNEMPLOYED' });
    const zichuan = await facts.cohort('370302');
    await facts.enroll(zichuan, 9, { targetGroup: 'RURAL_TRANSFER_LABORER', on: '2024-11-20' });
    await facts.certificates('370102', 6);
    await facts.certificates('370102', 2, { level: null });
    await facts.certificates('370202', 8);
    await facts.certificates('370202', 1, { level: 'SENIOR' });
    await facts.certificates('370302', 5);
    await facts.titles('370102', 1);
    await facts.titles('370202', 6);
    await facts.titles('370302', 2, 'QILU_CHIEF_TECHNICIAN');
    await facts.loans('370102', 2);
    await facts.loans('370202', 6, { amount: '150000.00' });
    await facts.loans('370302', 3, { uscc: '91370300MA3C000009', amount: '500000.00' });
    await facts.loans('370102', 1, { uscc: '91370100MA3C000007', amount: '300000.00' });
    for (const [code, n] of [['370302', 3], ['370102', 1], ['370300', 3], ['370100', 1], ['370000', 4]] as const) orgLoans.set(code, n);
  });
  afterAll(async () => api?.close());

  const period = { kind: 'YEAR', year: 2024 };
  const orgLoansOf: OrgLoans = (code) => orgLoans.get(code) ?? 0;

  it('gives agencies and administrators the exact figures', async () => {
    for (const caller of [api, api.as('HR_AGENCY'), api.as('ANALYST')]) {
      const { dispatchReport } = await caller.data(REPORT, { period, regionCode: '370100' });
      expect(dispatchReport.minCell).toBeNull();
      const byCode = new Map<string, Row>(dispatchReport.rows.map((r: Row) => [`${r.kind}:${r.region.code}`, r]));
      expect(byCode.get('REGION:370102')!.traineesEnrolled).toEqual({ total: 8, ruralTransferLaborers: 7, registeredUnemployed: 1, povertyAlleviated: 0, noTargetGroup: 0, suppressed: [] });
      expect(byCode.get('DIRECT:370100')!.traineesEnrolled.total).toBe(1);
      expect(byCode.get('TOTAL:370100')!.traineesEnrolled).toMatchObject({ total: 20, ruralTransferLaborers: 14, noTargetGroup: 3, povertyAlleviated: 2 });
      expect(byCode.get('TOTAL:370100')!.subsidies).toEqual({ claimsFiled: 16, claimedAmount: '13103.00', claimsPaid: 0, paidAmount: '0.00', suppressed: [] });
      expect(byCode.get('TOTAL:370100')!.startupLoans).toEqual({ granted: 3, amount: '500000.00', suppressed: [] });
    }
  });

  it('prints to PUBLIC no count of fewer than STATISTICS_MIN_CELL persons, and marks what it hides', async () => {
    for (const regionCode of ['370000', '370100', '370200', '370102']) {
      const { dispatchReport } = await api.as('PUBLIC').data(REPORT, { period, regionCode });
      expect(dispatchReport.minCell).toBe(T);
      for (const row of dispatchReport.rows) {
        for (const f of FAMILIES) {
          for (const field of [f.total, ...f.parts]) {
            const value = row[f.object][field];
            const persons = value === null ? null : f.object === 'startupLoans' ? value - orgLoansOf(row.kind === 'DIRECT' ? `${regionCode}:own` : row.region.code) : value;
            expect({ regionCode, row: row.label, field: `${f.object}.${field}`, small: persons !== null && persons > 0 && persons < T }).toEqual({ regionCode, row: row.label, field: `${f.object}.${field}`, small: false });
            expect(row[f.object].suppressed.includes(field)).toBe(value === null);
          }
        }
        // Money follows its count.
        expect(row.subsidies.claimedAmount === null).toBe(row.subsidies.claimsFiled === null);
        expect(row.startupLoans.amount === null).toBe(row.startupLoans.granted === null);
      }
      expect(dispatchReport.rows.map((r: Row) => r.kind)).toContain('TOTAL');
    }
    const province = (await api.as('PUBLIC').data(REPORT, { period })).dispatchReport;
    // Workshops, brands, cohorts and vacancies count no persons: exact.
    expect(province.rows.find((r: Row) => r.region.code === '370100').cohortsStarted).toBe(4);
    // 济南's one enrolment at city level and 市北区's two are hidden.
    const city = (await api.as('PUBLIC').data(REPORT, { period, regionCode: '370100' })).dispatchReport;
    expect(city.rows.find((r: Row) => r.kind === 'DIRECT').traineesEnrolled.total).toBeNull();
    expect(city.rows.find((r: Row) => r.region.code === '370102').traineesEnrolled.suppressed).toContain('registeredUnemployed');
  });

  it('leaves a reader of the province’s and the cities’ reports unable to solve for, or bound below the threshold, any hidden count', async () => {
    const reports = [];
    for (const root of ['370000', '370100', '370200', '370300']) reports.push({ name: root, root, rows: (await api.as('PUBLIC').data(REPORT, { period, regionCode: root })).dispatchReport.rows });
    const truth = new Map<string, number>();
    for (const r of reports) {
      const exact = (await api.data(REPORT, { period, regionCode: r.root })).dispatchReport.rows;
      const read = readReports([{ ...r, rows: exact }], orgLoansOf);
      for (const [name, value] of read.known) truth.set(name, value);
    }
    const { identities, known, hidden } = readReports(reports, orgLoansOf);
    expect(hidden.size).toBeGreaterThan(10);
    const findings = attack({ identities, known, lowerBound: (name) => (hidden.has(name) ? 1 : 0) });
    for (const name of hidden) {
      const value = truth.get(name)!;
      if (!(value > 0 && value < T)) continue;
      const f = findings.get(name)!;
      expect({ name, value, determined: f.determined, boundedBelowThreshold: f.max < T - 1e-6 }).toEqual({ name, value, determined: null, boundedBelowThreshold: false });
    }
  });

  const ENROLLMENTS = `query ($groupBy: [EnrollmentDimension!]!, $filter: EnrollmentFilter) {
    enrollmentStatistics(groupBy: $groupBy, filter: $filter) {
      groupBy minCell
      groups { keys { city { code } county { code } targetGroup month } enrollments completed passed dropped suppressed }
      total { enrollments completed passed dropped suppressed }
    }
  }`;
  const MEASURES = ['enrollments', 'completed', 'passed', 'dropped'];

  /** A group-by answer as its reader sees it: groups adding up to the total, and the nested measures with their unprinted remainders. */
  function readGroups(name: string, result: Row, keyOf: (keys: Row) => string) {
    const identities: Identity[] = [];
    const known = new Map<string, number>();
    const hidden = new Set<string>();
    const cell = (group: string, measure: string) => `${name}:${group}:${measure}`;
    const all = [...result.groups.map((g: Row) => [keyOf(g.keys), g] as const), ['total', result.total] as const];
    for (const [group, g] of all) {
      for (const m of MEASURES) {
        if (g[m] === null) hidden.add(cell(group, m));
        else known.set(cell(group, m), g[m]);
      }
      identities.push({ total: cell(group, 'enrollments'), parts: [cell(group, 'completed'), cell(group, 'dropped'), cell(group, 'training')] });
      identities.push({ total: cell(group, 'completed'), parts: [cell(group, 'passed'), cell(group, 'failed')] });
    }
    for (const m of [...MEASURES, 'training', 'failed']) identities.push({ total: cell('total', m), parts: result.groups.map((g: Row) => cell(keyOf(g.keys), m)) });
    return { identities, known, hidden, cell };
  }

  it('protects group-by counts and their implicit remainders (enrolled − completed − dropped), and groups counties within their cities', async () => {
    const groupBy = ['COUNTY', 'TARGET_GROUP'];
    const published = (await api.as('PUBLIC').data(ENROLLMENTS, { groupBy })).enrollmentStatistics;
    const exact = (await api.data(ENROLLMENTS, { groupBy })).enrollmentStatistics;
    expect(published.groupBy).toEqual(['CITY', 'COUNTY', 'TARGET_GROUP']);
    expect(exact.groupBy).toEqual(groupBy);
    expect(exact.minCell).toBeNull();
    expect(published.minCell).toBe(T);
    const keyOf = (k: Row) => `${k.county?.code ?? `${k.city?.code}:own`}|${k.targetGroup}`;
    const exactGroups = new Map<string, Row>(exact.groups.map((g: Row) => [`${g.keys.county?.code ?? 'city'}|${g.keys.targetGroup}`, g]));
    for (const g of published.groups) {
      for (const m of MEASURES) {
        if (g[m] === null) expect(g.suppressed).toContain(m);
        else expect(g[m] === 0 || g[m] >= T).toBe(true);
      }
      if (g.keys.county) for (const m of MEASURES) if (g[m] !== null) expect(g[m]).toBe((exactGroups.get(keyOf(g.keys)) as Row)[m]);
    }
    const read = readGroups('a', published, keyOf);
    const truth = readGroups('a', { groups: published.groups.map((g: Row) => ({ ...g, ...(g.keys.county ? exactGroups.get(keyOf(g.keys)) : exactGroups.get(`city|${g.keys.targetGroup}`)) })), total: exact.total }, keyOf);
    const findings = attack({ identities: read.identities, known: read.known, lowerBound: (name) => (read.hidden.has(name) ? 1 : 0) });
    let sensitive = 0;
    for (const [name, f] of findings) {
      const value = truth.known.get(name) ?? implicit(truth, name);
      if (!(value > 0 && value < T)) continue;
      sensitive++;
      expect({ name, value, determined: f.determined, boundedBelowThreshold: f.max < T - 1e-6 }).toEqual({ name, value, determined: null, boundedBelowThreshold: false });
    }
    expect(sensitive).toBeGreaterThan(3);
  });

  /** The value of an unprinted remainder in the exact answer. */
  function implicit(read: { known: Map<string, number> }, name: string): number {
    const [answer, group, measure] = name.split(':').length === 3 ? name.split(':') : [name.split(':')[0], name.split(':').slice(1, -1).join(':'), name.split(':').at(-1)!];
    const v = (m: string) => read.known.get(`${answer}:${group}:${m}`) ?? 0;
    return measure === 'training' ? v('enrollments') - v('completed') - v('dropped') : measure === 'failed' ? v('completed') - v('passed') : NaN;
  }

  it.each<[string, string, Record<string, unknown>, string]>([
    ['enrollmentStatistics', 'EnrollmentFilter', { enrolledFrom: '2024-03-02' }, 'filter.enrolledFrom'],
    ['enrollmentStatistics', 'EnrollmentFilter', { enrolledFrom: '2024-03-01', enrolledTo: '2024-06-29' }, 'filter.enrolledTo'],
    ['certificateStatistics', 'SkillCertificateFilter', { issuedTo: '2024-02-28' }, 'filter.issuedTo'],
    ['certificateStatistics', 'SkillCertificateFilter', { certificateNumber: 'S370100202400000000001' }, 'filter.certificateNumber'],
    ['loanStatistics', 'StartupLoanFilter', { grantedFrom: '2024-04-15' }, 'filter.grantedFrom'],
    ['loanStatistics', 'StartupLoanFilter', { amountMin: '100000' }, 'filter.amountMin'],
  ])('refuses PUBLIC a %s filter that could single persons out (%j), naming the argument', async (field, type, filter, argument) => {
    const dimension = { enrollmentStatistics: 'EnrollmentDimension', certificateStatistics: 'CertificateDimension', loanStatistics: 'LoanDimension' }[field];
    const query = `query ($filter: ${type}) { ${field}(groupBy: [YEAR], filter: $filter) { total { suppressed } } }`;
    const body = await api.as('PUBLIC').query(query, { filter });
    // Root fields are nullable: the refused field is null beside its error.
    expect(body.data).toEqual({ [field]: null });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(dimension).toBeDefined();
    // A reader of persons may filter as before.
    expect((await api.as('ANALYST').query(query, { filter })).errors).toBeUndefined();
  });

  it('accepts whole months from PUBLIC, February of a leap year included', async () => {
    const body = await api.as('PUBLIC').query(`{ enrollmentStatistics(groupBy: [MONTH], filter: { enrolledFrom: "2024-02-01", enrolledTo: "2024-02-29" }) { total { enrollments } } }`);
    expect(body.errors).toBeUndefined();
  });

  it('protects loan counts by their loans to persons: loans to organisations are printed, loans to two persons are not', async () => {
    const LOANS = `{ loanStatistics(groupBy: [COUNTY, BORROWER_KIND]) { groupBy groups { keys { county { code } borrowerKind } loans amount suppressed } total { loans amount suppressed } } }`;
    const { loanStatistics } = await api.as('PUBLIC').data(LOANS);
    const group = (county: string, kind: string) => loanStatistics.groups.find((g: Row) => g.keys.county?.code === county && g.keys.borrowerKind === kind);
    expect(group('370302', 'ORGANIZATION')).toMatchObject({ loans: 3, amount: '1500000.00', suppressed: [] });
    expect(group('370102', 'PERSON')).toMatchObject({ loans: null, amount: null, suppressed: ['loans', 'amount'] });
    // One hidden count of persons needs a second: 370202's six loans to persons or the total hide with it.
    expect([group('370202', 'PERSON').loans, loanStatistics.total.loans].filter((v) => v === null)).toHaveLength(1);
  });

  it('exports a protected answer as CSV with the hidden cells empty and named', async () => {
    const query = `{ enrollmentStatistics(groupBy: [CITY]) { groups { keys { city { code } } enrollments completed suppressed } } }`;
    const response = await fetch(api.url.replace(/\/graphql$/, '/export/csv'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('keys.city.code,enrollments,completed,suppressed');
    const { enrollmentStatistics } = await api.as('PUBLIC').data(query);
    expect(lines.slice(1)).toEqual(
      enrollmentStatistics.groups.map((g: Row) => [g.keys.city.code, g.enrollments ?? '', g.completed ?? '', g.suppressed.join('; ')].map(String).join(',')),
    );
    expect(enrollmentStatistics.groups.some((g: Row) => g.suppressed.length > 0)).toBe(true);
  });
});
