import { SqlParams } from './sql/params';
import { fenSql } from './sql/money';
import { SqlFilter } from '../../shared/sql/filter';
import type { DataSource } from 'typeorm';
import { Period } from './period';
import { subsidyFamily } from './sql/subsidy-figures';

/** One GROUP BY region_code statement of an indicator family; `figures` are its column aliases besides region_code. */
export interface FamilyQuery {
  family: string;
  source: 'culture' | 'hr';
  sql: string;
  params: unknown[];
  figures: readonly string[];
}

export const TARGET_GROUP_FIGURES = [
  ['rural', 'RURAL_TRANSFER_LABORER'],
  ['unemployed', 'REGISTERED_UNEMPLOYED'],
  ['poverty', 'POVERTY_ALLEVIATED'],
] as const;
const TARGET_GROUPS = TARGET_GROUP_FIGURES;

export const SKILL_LEVEL_FIGURES = [
  ['apprentice', 'APPRENTICE'],
  ['junior', 'JUNIOR'],
  ['intermediate', 'INTERMEDIATE'],
  ['senior', 'SENIOR'],
  ['technician', 'TECHNICIAN'],
  ['senior_technician', 'SENIOR_TECHNICIAN'],
  ['principal_technician', 'PRINCIPAL_TECHNICIAN'],
  ['chief_technician', 'CHIEF_TECHNICIAN'],
] as const;

export const TITLE_KIND_FIGURES = [
  ['shandong_technical_expert', 'SHANDONG_TECHNICAL_EXPERT'],
  ['qilu_chief_technician', 'QILU_CHIEF_TECHNICIAN'],
  ['national_technical_expert', 'NATIONAL_TECHNICAL_EXPERT'],
  ['other', 'OTHER'],
] as const;

const byTargetGroup = (prefix: string) => [`${prefix}_total`, ...TARGET_GROUPS.map(([alias]) => `${prefix}_${alias}`), `${prefix}_none`];

const countWhen = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

function query(family: string, source: 'culture' | 'hr', figures: readonly string[], build: (p: SqlParams) => string): FamilyQuery {
  const p = new SqlParams();
  const sql = build(p);
  return { family, source, sql, params: p.values, figures };
}

/**
 * Recognitions made in the period: by their day, or, where only the year was
 * recorded (provincial recognitions often are), in a YEAR period of that year.
 */
function recognizedIn(p: SqlParams, period: Period): string {
  const dated = p.between('r.recognized_on', period.from, period.to);
  return period.kind === 'YEAR' ? `(${dated}) OR (r.recognized_on IS NULL AND r.year = ${p.value(period.year)})` : dated;
}

export function cultureDispatchQueries(period: Period, codes: readonly string[]): FamilyQuery[] {
  return [
    query('workshops', 'culture', ['workshops_recognized', 'workshops_county', 'workshops_city', 'workshops_province', 'workshop_jobs'], (p) =>
      `SELECT x.region_code AS region_code, COUNT(*) AS workshops_recognized, SUM(x.x_county) AS workshops_county, ` +
      `SUM(x.x_city) AS workshops_city, SUM(x.x_province) AS workshops_province, SUM(x.jobs_created) AS workshop_jobs ` +
      `FROM (SELECT w.id, w.region_code AS region_code, w.jobs_created AS jobs_created, ` +
      `${countWhen(`r.level = 'COUNTY'`)} AS x_county, ${countWhen(`r.level = 'CITY'`)} AS x_city, ${countWhen(`r.level = 'PROVINCE'`)} AS x_province ` +
      `FROM workshop_recognition r JOIN workshop w ON w.id = r.workshop_id ` +
      `WHERE (${recognizedIn(p, period)}) AND ${p.in('w.region_code', codes)} ` +
      `GROUP BY w.id, w.region_code, w.jobs_created) x GROUP BY x.region_code`,
    ),
  ];
}

/**
 * Row scopes of the viewer over the person-derived tables (alias `t`), as the
 * lists apply them: a region-limited viewer counts only persons of its
 * region, one who may not read persons counts none.
 */
export interface PersonScopes {
  enrollment?: SqlFilter;
  subsidyClaim?: SqlFilter;
  certificate?: SqlFilter;
  talentTitle?: SqlFilter;
  loan?: SqlFilter;
}

export function hrDispatchQueries(hr: DataSource, period: Period, codes: readonly string[], scopes: PersonScopes = {}): FamilyQuery[] {
  const { from, to } = period;
  // Enrolments are counted per cohort first (an index range over the period, no row reads), then
  // the few thousand cohort totals are joined to their cohorts' regions: far cheaper than joining every enrolment.
  // MariaDB plans a city report's per-cohort counts as LATERAL DERIVED over the covering index
  // (cohort_id, enrolled_on, …): measured at scale 100 that is 3.5× faster than with
  // split_materialized off (144 against 508 ms a year), so the optimiser keeps its choice (bench/RESULTS.md).
  const perCohort = (prefix: string, p: SqlParams, where: string) =>
    `SELECT c.region_code AS region_code, SUM(x.n) AS ${prefix}_total, ` +
    `${TARGET_GROUPS.map(([alias]) => `SUM(x.${alias}) AS ${prefix}_${alias}`).join(', ')}, SUM(x.untargeted) AS ${prefix}_none ` +
    `FROM (SELECT t.cohort_id AS cohort_id, COUNT(*) AS n, ` +
    `${TARGET_GROUPS.map(([alias, group]) => `${countWhen(`t.target_group = '${group}'`)} AS ${alias}`).join(', ')}, ` +
    `${countWhen('t.target_group IS NULL')} AS untargeted FROM enrollment t WHERE ${where}${p.andFilter(scopes.enrollment)} GROUP BY t.cohort_id) x ` +
    `JOIN training_cohort c ON c.id = x.cohort_id WHERE ${p.in('c.region_code', codes)} GROUP BY c.region_code`;
  return [
    // The heavy families first, so they overlap when run a few at a time.
    query('enrolled', 'hr', byTargetGroup('enrolled'), (p) => perCohort('enrolled', p, p.between('t.enrolled_on', from, to))),
    query('completed', 'hr', byTargetGroup('completed'), (p) =>
      perCohort('completed', p, `t.status = 'COMPLETED' AND ${p.between('t.completed_on', from, to)}`),
    ),
    subsidyFamily(hr, period, codes, scopes.subsidyClaim),
    query('certificates', 'hr', ['certificates_total', ...SKILL_LEVEL_FIGURES.map(([alias]) => `certificates_${alias}`), 'certificates_specialized'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS certificates_total, ` +
      `${SKILL_LEVEL_FIGURES.map(([alias, level]) => `${countWhen(`t.level = '${level}'`)} AS certificates_${alias}`).join(', ')}, ` +
      `${countWhen(`t.kind = 'SPECIALIZED_ABILITY'`)} AS certificates_specialized FROM skill_certificate t ` +
      `WHERE ${p.between('t.issued_on', from, to)} AND ${p.in('t.region_code', codes)}${p.andFilter(scopes.certificate)} GROUP BY t.region_code`,
    ),
    query('laborBrands', 'hr', ['labor_brands', 'labor_brand_units'], (p) =>
      `SELECT b.region_code AS region_code, ${countWhen(`b.established_year <= ${p.value(period.year)}`)} AS labor_brands, ` +
      `SUM(COALESCE(u.n, 0)) AS labor_brand_units FROM labor_brand b ` +
      `LEFT JOIN (SELECT brand_id, COUNT(*) AS n FROM labor_brand_unit WHERE ${p.between('recognized_on', from, to)} GROUP BY brand_id) u ON u.brand_id = b.id ` +
      `WHERE ${p.in('b.region_code', codes)} GROUP BY b.region_code`,
    ),
    query('catalog', 'hr', ['catalog_entries_published'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS catalog_entries_published FROM training_catalog_entry t ` +
      `WHERE ${p.between('t.published_on', from, to)} AND ${p.in('t.region_code', codes)} GROUP BY t.region_code`,
    ),
    query('cohorts', 'hr', ['cohorts_started'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS cohorts_started FROM training_cohort t ` +
      `WHERE ${p.between('t.starts_on', from, to)} AND ${p.in('t.region_code', codes)} GROUP BY t.region_code`,
    ),
    query('titles', 'hr', ['titles_total', ...TITLE_KIND_FIGURES.map(([alias]) => `titles_${alias}`)], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS titles_total, ` +
      `${TITLE_KIND_FIGURES.map(([alias, kind]) => `${countWhen(`t.kind = '${kind}'`)} AS titles_${alias}`).join(', ')} FROM talent_title t ` +
      `WHERE ${p.between('t.awarded_on', from, to)} AND ${p.in('t.region_code', codes)}${p.andFilter(scopes.talentTitle)} GROUP BY t.region_code`,
    ),
    query('vacancies', 'hr', ['vacancies_posted', 'vacancy_headcount'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS vacancies_posted, SUM(t.headcount) AS vacancy_headcount FROM vacancy t ` +
      `WHERE ${p.between('t.posted_on', from, to)} AND ${p.in('t.region_code', codes)} GROUP BY t.region_code`,
    ),
    // Loans to persons are counted apart too: they are what small-cell protection judges (loans to organisations are public).
    query('loans', 'hr', ['loans_granted', 'loan_fen', 'loans_to_persons'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS loans_granted, SUM(${fenSql('t.amount')}) AS loan_fen, ` +
      `${countWhen('t.borrower_person_id IS NOT NULL')} AS loans_to_persons FROM startup_loan t ` +
      `WHERE ${p.between('t.granted_on', from, to)} AND ${p.in('t.region_code', codes)}${p.andFilter(scopes.loan)} GROUP BY t.region_code`,
    ),
  ];
}
