import { integerKey, monthKey, RollupSpec, textKey } from '../rollup-sql';

/**
 * HR statistics rollups, version 1 (frozen: a change is rollups.v2.ts and a
 * migration that moves to it; see docs/rollups.md). Dates are kept by month
 * ('YYYY-MM'): every reporting period and every filter a published figure
 * may take is whole months; a day-precise filter reads the facts instead.
 * Regions are kept as recorded (mostly counties): a region filter or a
 * CITY / COUNTY grouping reads them like the facts' own codes.
 */
const fen = (column: string) => `CAST(ROUND(${column} * 100) AS SIGNED INTEGER)`;
const countWhen = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;
const REGION = (column: string) => textKey(column, 12);
/** 1–4, comparing the two-digit month as text (no integer division, which the dialects spell differently). */
const quarterOf = (column: string) => {
  const month = `SUBSTR(CAST(${column} AS CHAR), 6, 2)`;
  return `CASE WHEN ${month} <= '03' THEN 1 WHEN ${month} <= '06' THEN 2 WHEN ${month} <= '09' THEN 3 ELSE 4 END`;
};

/** Enrolments by month of enrolment, cohort region and programme, target group, state and month of completion; passed and failed counted apart: answers every enrolment question the rollups can, state included. */
export const ENROLLMENT_ROLLUP: RollupSpec = {
  table: 'rollup_enrollment',
  from: 'enrollment t JOIN training_cohort c ON c.id = t.cohort_id',
  keys: {
    month: monthKey('t.enrolled_on'),
    region_code: REGION('c.region_code'),
    catalog_entry_id: integerKey('c.catalog_entry_id'),
    target_group: textKey('t.target_group'),
    status: textKey('t.status', 16),
    completed_month: monthKey('t.completed_on'),
  },
  measures: { enrollments: '1', passed: countWhen('t.passed = 1'), failed: countWhen('t.passed = 0') },
  watches: { enrollment: 't.id', training_cohort: 'c.id' },
};

/**
 * Enrolments counted by state and result in measures rather than keys: the
 * coarser rollups below answer every question that neither groups nor
 * filters by state, over far fewer rows (a state is three values, a result
 * two, and a cohort's trainees mostly share both).
 */
const ENROLLMENT_OUTCOMES: Record<string, string> = {
  enrollments: '1',
  completed: countWhen(`t.status = 'COMPLETED'`),
  dropped: countWhen(`t.status = 'DROPPED'`),
  passed: countWhen('t.passed = 1'),
  passed_completed: countWhen(`t.passed = 1 AND t.status = 'COMPLETED'`),
  passed_dropped: countWhen(`t.passed = 1 AND t.status = 'DROPPED'`),
  failed: countWhen('t.passed = 0'),
  failed_completed: countWhen(`t.passed = 0 AND t.status = 'COMPLETED'`),
  failed_dropped: countWhen(`t.passed = 0 AND t.status = 'DROPPED'`),
};

/** Enrolments by month, cohort region and target group: the dispatch report's enrolments and most group-bys. */
export const ENROLLMENT_REGION_ROLLUP: RollupSpec = {
  table: 'rollup_enrollment_region',
  from: 'enrollment t JOIN training_cohort c ON c.id = t.cohort_id',
  keys: { month: monthKey('t.enrolled_on'), region_code: REGION('c.region_code'), target_group: textKey('t.target_group') },
  measures: ENROLLMENT_OUTCOMES,
  watches: { enrollment: 't.id', training_cohort: 'c.id' },
};

/**
 * The same by programme, for the ICH dimensions (its items are looked up in
 * culture when read), coarser still: by quarter and by the city part of the
 * region code (its first four digits), since a programme's cohorts fill a
 * quarter and a city many times over. A county or a month with an ICH
 * dimension is read from rollup_enrollment.
 */
export const ENROLLMENT_PROGRAMME_ROLLUP: RollupSpec = {
  table: 'rollup_enrollment_programme',
  from: 'enrollment t JOIN training_cohort c ON c.id = t.cohort_id',
  keys: {
    year: { sql: `SUBSTR(CAST(t.enrolled_on AS CHAR), 1, 4)`, length: 4 },
    quarter: { sql: quarterOf('t.enrolled_on'), type: 'integer' },
    region_prefix: { sql: 'SUBSTR(c.region_code, 1, 4)', length: 4 },
    catalog_entry_id: integerKey('c.catalog_entry_id'),
    target_group: textKey('t.target_group'),
  },
  measures: ENROLLMENT_OUTCOMES,
  watches: { enrollment: 't.id', training_cohort: 'c.id' },
};

/** Completions by month completed, cohort region and target group: the dispatch report's trainees completed. */
export const COMPLETION_ROLLUP: RollupSpec = {
  table: 'rollup_completion',
  from: 'enrollment t JOIN training_cohort c ON c.id = t.cohort_id',
  where: `t.status = 'COMPLETED'`,
  keys: { month: monthKey('t.completed_on'), region_code: REGION('c.region_code'), target_group: textKey('t.target_group') },
  measures: { completions: '1' },
  watches: { enrollment: 't.id', training_cohort: 'c.id' },
};

/** Subsidy claims by month filed and the cohort's region. */
export const SUBSIDY_FILED_ROLLUP: RollupSpec = {
  table: 'rollup_subsidy_filed',
  from: 'subsidy_claim t JOIN enrollment e ON e.id = t.enrollment_id JOIN training_cohort c ON c.id = e.cohort_id',
  keys: { month: monthKey('t.claimed_on'), region_code: REGION('c.region_code') },
  measures: { claims: '1', amount_fen: fen('t.amount') },
  watches: { subsidy_claim: 't.id', enrollment: 'e.id', training_cohort: 'c.id' },
};

/** Subsidy claims paid, by month paid and the cohort's region. */
export const SUBSIDY_PAID_ROLLUP: RollupSpec = { ...SUBSIDY_FILED_ROLLUP, table: 'rollup_subsidy_paid', where: `t.status = 'PAID'`, keys: { month: monthKey('t.paid_on'), region_code: REGION('c.region_code') } };

export const SKILL_CERTIFICATE_ROLLUP: RollupSpec = {
  table: 'rollup_skill_certificate',
  from: 'skill_certificate t',
  keys: {
    month: monthKey('t.issued_on'),
    region_code: REGION('t.region_code'),
    kind: textKey('t.kind'),
    level: textKey('t.level'),
    evaluator_type: textKey('t.evaluator_type'),
  },
  measures: { certificates: '1' },
  watches: { skill_certificate: 't.id' },
};

/** The same without the evaluator: the dispatch report and every certificate question that does not ask for it. */
export const CERTIFICATE_LEVEL_ROLLUP: RollupSpec = {
  table: 'rollup_certificate_level',
  from: 'skill_certificate t',
  keys: { month: monthKey('t.issued_on'), region_code: REGION('t.region_code'), kind: textKey('t.kind'), level: textKey('t.level') },
  measures: { certificates: '1' },
  watches: { skill_certificate: 't.id' },
};

export const TALENT_TITLE_ROLLUP: RollupSpec = {
  table: 'rollup_talent_title',
  from: 'talent_title t',
  keys: { month: monthKey('t.awarded_on'), region_code: REGION('t.region_code'), kind: textKey('t.kind') },
  measures: { titles: '1' },
  watches: { talent_title: 't.id' },
};

export const VACANCY_ROLLUP: RollupSpec = {
  table: 'rollup_vacancy',
  from: 'vacancy t',
  keys: { month: monthKey('t.posted_on'), region_code: REGION('t.region_code'), status: textKey('t.status', 16), item_key: textKey('t.item_key', 64) },
  measures: { vacancies: '1', headcount: 't.headcount' },
  watches: { vacancy: 't.id' },
};

export const STARTUP_LOAN_ROLLUP: RollupSpec = {
  table: 'rollup_startup_loan',
  from: 'startup_loan t',
  keys: {
    month: monthKey('t.granted_on'),
    region_code: REGION('t.region_code'),
    borrower_kind: { sql: `CASE WHEN t.borrower_person_id IS NULL THEN 'ORGANIZATION' ELSE 'PERSON' END`, length: 16 },
    term_months: integerKey('t.term_months'),
  },
  measures: { loans: '1', amount_fen: fen('t.amount') },
  watches: { startup_loan: 't.id' },
};

export const CATALOG_ENTRY_ROLLUP: RollupSpec = {
  table: 'rollup_training_catalog_entry',
  from: 'training_catalog_entry t',
  keys: { month: monthKey('t.published_on'), region_code: REGION('t.region_code') },
  measures: { entries: '1' },
  watches: { training_catalog_entry: 't.id' },
};

export const COHORT_ROLLUP: RollupSpec = {
  table: 'rollup_training_cohort',
  from: 'training_cohort t',
  keys: { month: monthKey('t.starts_on'), region_code: REGION('t.region_code') },
  measures: { cohorts: '1' },
  watches: { training_cohort: 't.id' },
};

export const LABOR_BRAND_ROLLUP: RollupSpec = {
  table: 'rollup_labor_brand',
  from: 'labor_brand t',
  keys: { established_year: integerKey('t.established_year'), region_code: REGION('t.region_code') },
  measures: { brands: '1' },
  watches: { labor_brand: 't.id' },
};

/** Building units by month recognised and their brand's region. */
export const LABOR_BRAND_UNIT_ROLLUP: RollupSpec = {
  table: 'rollup_labor_brand_unit',
  from: 'labor_brand_unit t JOIN labor_brand b ON b.id = t.brand_id',
  keys: { month: monthKey('t.recognized_on'), region_code: REGION('b.region_code') },
  measures: { units: '1' },
  watches: { labor_brand_unit: 't.id', labor_brand: 'b.id' },
};

export const HR_ROLLUPS_V1: RollupSpec[] = [
  ENROLLMENT_ROLLUP,
  ENROLLMENT_REGION_ROLLUP,
  ENROLLMENT_PROGRAMME_ROLLUP,
  COMPLETION_ROLLUP,
  SUBSIDY_FILED_ROLLUP,
  SUBSIDY_PAID_ROLLUP,
  CERTIFICATE_LEVEL_ROLLUP,
  SKILL_CERTIFICATE_ROLLUP,
  TALENT_TITLE_ROLLUP,
  VACANCY_ROLLUP,
  STARTUP_LOAN_ROLLUP,
  CATALOG_ENTRY_ROLLUP,
  COHORT_ROLLUP,
  LABOR_BRAND_ROLLUP,
  LABOR_BRAND_UNIT_ROLLUP,
];
