/**
 * Independent computations for the statistics tests: plain SQL written
 * here (not the services' SQL), with each backend's own date functions, and
 * regions folded by the GB/T 2260 code structure (a county's city is its
 * first four digits + 00), not by the region directory the code uses.
 */
import { DataSource } from 'typeorm';
import { Backend } from '../support/backends';

export type Row = Record<string, any>;

export const dialect = (backend: Backend) => ({
  year: (col: string) => (backend === 'mysql' ? `YEAR(${col})` : `CAST(strftime('%Y', ${col}) AS INTEGER)`),
  month: (col: string) => (backend === 'mysql' ? `DATE_FORMAT(${col}, '%Y-%m')` : `strftime('%Y-%m', ${col})`),
  quarter: (col: string) =>
    backend === 'mysql' ? `CONCAT(YEAR(${col}), '-Q', QUARTER(${col}))` : `strftime('%Y', ${col}) || '-Q' || ((CAST(strftime('%m', ${col}) AS INTEGER) + 2) / 3)`,
});

/** The city of a region code, from the code itself; null for the province. */
export function cityOfCode(code: string): string | null {
  return code.endsWith('0000') ? null : `${code.slice(0, 4)}00`;
}

/** A county code (not ending in 00), else null. */
export function countyOfCode(code: string): string | null {
  return code.endsWith('00') ? null : code;
}

/** Exact yuan from amounts as the driver hands them (numbers on SQLite, strings on MySQL), summed in whole fen. */
export function yuanSum(amounts: unknown[]): string {
  const fen = amounts.reduce<number>((sum, a) => sum + Math.round(Number(a) * 100), 0);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export interface PeriodDates {
  kind: 'MONTH' | 'QUARTER' | 'YEAR';
  year: number;
  from: string;
  to: string;
}

/** Flat figures of one dispatch row, as the test reads them from the API and computes them from SQL. */
export type Figures = Record<string, number | string>;

const ZERO: Figures = {
  recognized: 0, countyLevel: 0, cityLevel: 0, provinceLevel: 0, jobsCreated: 0, brands: 0, unitsRecognized: 0,
  catalogEntriesPublished: 0, cohortsStarted: 0,
  'enrolled.total': 0, 'enrolled.RURAL_TRANSFER_LABORER': 0, 'enrolled.REGISTERED_UNEMPLOYED': 0, 'enrolled.POVERTY_ALLEVIATED': 0, 'enrolled.null': 0,
  'completed.total': 0, 'completed.RURAL_TRANSFER_LABORER': 0, 'completed.REGISTERED_UNEMPLOYED': 0, 'completed.POVERTY_ALLEVIATED': 0, 'completed.null': 0,
  claimsFiled: 0, claimedAmount: '0.00', claimsPaid: 0, paidAmount: '0.00',
  'certificates.total': 0, 'certificates.SPECIALIZED_ABILITY': 0,
  ...Object.fromEntries(['APPRENTICE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN', 'CHIEF_TECHNICIAN'].map((l) => [`certificates.${l}`, 0])),
  'titles.total': 0,
  ...Object.fromEntries(['SHANDONG_TECHNICAL_EXPERT', 'QILU_CHIEF_TECHNICIAN', 'NATIONAL_TECHNICAL_EXPERT', 'OTHER'].map((k) => [`titles.${k}`, 0])),
  vacanciesPosted: 0, vacancyHeadcount: 0, loansGranted: 0, loanAmount: '0.00',
};

export const zeroFigures = (): Figures => ({ ...ZERO });

/** The API's row, flattened to the same names. */
export function figuresOf(row: Row): Figures {
  const byGroup = (prefix: string, t: Row) => ({
    [`${prefix}.total`]: t.total,
    [`${prefix}.RURAL_TRANSFER_LABORER`]: t.ruralTransferLaborers,
    [`${prefix}.REGISTERED_UNEMPLOYED`]: t.registeredUnemployed,
    [`${prefix}.POVERTY_ALLEVIATED`]: t.povertyAlleviated,
    [`${prefix}.null`]: t.noTargetGroup,
  });
  const c = row.certificatesIssued;
  const t = row.talentTitlesAwarded;
  return {
    ...row.workshops,
    ...row.laborBrands,
    catalogEntriesPublished: row.catalogEntriesPublished,
    cohortsStarted: row.cohortsStarted,
    ...byGroup('enrolled', row.traineesEnrolled),
    ...byGroup('completed', row.traineesCompleted),
    ...row.subsidies,
    'certificates.total': c.total,
    'certificates.SPECIALIZED_ABILITY': c.specializedAbility,
    'certificates.APPRENTICE': c.apprentice,
    'certificates.JUNIOR': c.junior,
    'certificates.INTERMEDIATE': c.intermediate,
    'certificates.SENIOR': c.senior,
    'certificates.TECHNICIAN': c.technician,
    'certificates.SENIOR_TECHNICIAN': c.seniorTechnician,
    'certificates.PRINCIPAL_TECHNICIAN': c.principalTechnician,
    'certificates.CHIEF_TECHNICIAN': c.chiefTechnician,
    'titles.total': t.total,
    'titles.SHANDONG_TECHNICAL_EXPERT': t.shandongTechnicalExpert,
    'titles.QILU_CHIEF_TECHNICIAN': t.qiluChiefTechnician,
    'titles.NATIONAL_TECHNICAL_EXPERT': t.nationalTechnicalExpert,
    'titles.OTHER': t.other,
    vacanciesPosted: row.vacancies.posted,
    vacancyHeadcount: row.vacancies.headcount,
    loansGranted: row.startupLoans.granted,
    loanAmount: row.startupLoans.amount,
  };
}

export const DISPATCH_ROW_FIELDS = `kind label region { code name level }
  workshops { recognized countyLevel cityLevel provinceLevel jobsCreated } laborBrands { brands unitsRecognized }
  catalogEntriesPublished cohortsStarted
  traineesEnrolled { total ruralTransferLaborers registeredUnemployed povertyAlleviated noTargetGroup }
  traineesCompleted { total ruralTransferLaborers registeredUnemployed povertyAlleviated noTargetGroup }
  subsidies { claimsFiled claimedAmount claimsPaid paidAmount }
  certificatesIssued { total apprentice junior intermediate senior technician seniorTechnician principalTechnician chiefTechnician specializedAbility }
  talentTitlesAwarded { total shandongTechnicalExpert qiluChiefTechnician nationalTechnicalExpert other }
  vacancies { posted headcount } startupLoans { granted amount }`;

/**
 * Every indicator per region code, from SQL written for the test: one
 * statement per figure, grouped by the fact's own region_code.
 */
export async function dispatchFactsByCode(culture: DataSource, hr: DataSource, p: PeriodDates): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  const add = (code: string, name: string, value: unknown) => {
    const f = out.get(code) ?? zeroFigures();
    f[name] = typeof f[name] === 'number' ? (f[name] as number) + Number(value) : (value as string);
    out.set(code, f);
  };
  const between = (col: string) => `${col} >= '${p.from}' AND ${col} <= '${p.to}'`;
  const recognized = `(${between('r.recognized_on')})${p.kind === 'YEAR' ? ` OR (r.recognized_on IS NULL AND r.year = ${p.year})` : ''}`;
  const levelName: Record<string, string> = { COUNTY: 'countyLevel', CITY: 'cityLevel', PROVINCE: 'provinceLevel' };
  for (const r of await culture.query(`SELECT w.region_code AS code, r.level AS level, COUNT(*) AS n FROM workshop_recognition r JOIN workshop w ON w.id = r.workshop_id WHERE ${recognized} GROUP BY w.region_code, r.level`)) {
    add(r.code, levelName[r.level], r.n);
  }
  for (const r of await culture.query(
    `SELECT w.region_code AS code, COUNT(*) AS n, SUM(w.jobs_created) AS jobs FROM workshop w WHERE w.id IN (SELECT r.workshop_id FROM workshop_recognition r WHERE ${recognized}) GROUP BY w.region_code`,
  )) {
    add(r.code, 'recognized', r.n);
    add(r.code, 'jobsCreated', r.jobs);
  }
  const counts: Array<[string, string]> = [
    [`SELECT region_code AS code, COUNT(*) AS n FROM labor_brand WHERE established_year <= ${p.year} GROUP BY region_code`, 'brands'],
    [`SELECT b.region_code AS code, COUNT(*) AS n FROM labor_brand_unit u JOIN labor_brand b ON b.id = u.brand_id WHERE ${between('u.recognized_on')} GROUP BY b.region_code`, 'unitsRecognized'],
    [`SELECT region_code AS code, COUNT(*) AS n FROM training_catalog_entry WHERE ${between('published_on')} GROUP BY region_code`, 'catalogEntriesPublished'],
    [`SELECT region_code AS code, COUNT(*) AS n FROM training_cohort WHERE ${between('starts_on')} GROUP BY region_code`, 'cohortsStarted'],
    [`SELECT region_code AS code, COUNT(*) AS n FROM vacancy WHERE ${between('posted_on')} GROUP BY region_code`, 'vacanciesPosted'],
    [`SELECT region_code AS code, SUM(headcount) AS n FROM vacancy WHERE ${between('posted_on')} GROUP BY region_code`, 'vacancyHeadcount'],
  ];
  for (const [sql, name] of counts) for (const r of await hr.query(sql)) add(r.code, name, r.n);
  for (const [prefix, where] of [
    ['enrolled', between('e.enrolled_on')],
    ['completed', `e.status = 'COMPLETED' AND ${between('e.completed_on')}`],
  ]) {
    for (const r of await hr.query(`SELECT c.region_code AS code, e.target_group AS tg, COUNT(*) AS n FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id WHERE ${where} GROUP BY c.region_code, e.target_group`)) {
      add(r.code, `${prefix}.${r.tg}`, r.n);
      add(r.code, `${prefix}.total`, r.n);
    }
  }
  for (const r of await hr.query(`SELECT region_code AS code, kind, level, COUNT(*) AS n FROM skill_certificate WHERE ${between('issued_on')} GROUP BY region_code, kind, level`)) {
    add(r.code, 'certificates.total', r.n);
    add(r.code, r.kind === 'SPECIALIZED_ABILITY' ? 'certificates.SPECIALIZED_ABILITY' : `certificates.${r.level}`, r.n);
  }
  for (const r of await hr.query(`SELECT region_code AS code, kind, COUNT(*) AS n FROM talent_title WHERE ${between('awarded_on')} GROUP BY region_code, kind`)) {
    add(r.code, 'titles.total', r.n);
    add(r.code, `titles.${r.kind}`, r.n);
  }
  // Money: the rows, summed here in whole fen.
  const amounts = async (sql: string, count: string, amount: string) => {
    const byCode = new Map<string, unknown[]>();
    for (const r of await hr.query(sql)) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r.amount]);
    for (const [code, list] of byCode) {
      add(code, count, list.length);
      add(code, amount, yuanSum(list));
    }
  };
  const claims = 'FROM subsidy_claim s JOIN enrollment e ON e.id = s.enrollment_id JOIN training_cohort c ON c.id = e.cohort_id';
  await amounts(`SELECT c.region_code AS code, s.amount AS amount ${claims} WHERE ${between('s.claimed_on')}`, 'claimsFiled', 'claimedAmount');
  await amounts(`SELECT c.region_code AS code, s.amount AS amount ${claims} WHERE s.status = 'PAID' AND ${between('s.paid_on')}`, 'claimsPaid', 'paidAmount');
  await amounts(`SELECT region_code AS code, amount FROM startup_loan WHERE ${between('granted_on')}`, 'loansGranted', 'loanAmount');
  return out;
}

/** Adds figures (counts add, yuan strings add exactly). */
export function addFigures(target: Figures, source: Figures): void {
  for (const [name, value] of Object.entries(source)) {
    target[name] = typeof value === 'number' ? (target[name] as number) + value : yuanSum([target[name], value]);
  }
}
