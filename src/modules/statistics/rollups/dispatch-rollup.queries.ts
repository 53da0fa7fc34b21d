import { Expression, RawBuilder, sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { sqlOf } from '../../../sources/sql-builder';
import { FamilyQuery, SKILL_LEVEL_FIGURES, TARGET_GROUP_FIGURES, TITLE_KIND_FIGURES } from '../dispatch.queries';
import { Period } from '../period';

type Figure = RawBuilder<unknown>;

/** SUM(CASE WHEN condition THEN measure ELSE 0 END). */
const sumWhen = (condition: Expression<unknown>, measure: string): Figure => sql`SUM(CASE WHEN ${condition} THEN ${sql.ref(measure)} ELSE 0 END)`;
const sumOf = (measure: string): Figure => sql`SUM(${sql.ref(measure)})`;
const inMonths = (column: string, months: { from: string; to: string }) => sql<boolean>`${sql.ref(column)} BETWEEN ${months.from} AND ${months.to}`;

/**
 * The HR indicator families of the dispatch report from the rollups
 * (migrations/hr/rollups.v1.ts): the same figures, under the same names, as
 * hrDispatchQueries computes from the facts, for a viewer whose figures the
 * whole province makes up. A period is whole months, as the rollups are.
 */
export function hrRollupDispatchQueries(hr: DataSource, period: Period, codes: readonly string[]): FamilyQuery[] {
  const db = sqlOf('hr', hr);
  const months = { from: period.from.slice(0, 7), to: period.to.slice(0, 7) };
  const family = (name: string, figures: Record<string, Figure>, query: { compile(): { sql: string; parameters: readonly unknown[] } }): FamilyQuery => {
    const compiled = query.compile();
    return { family: name, source: 'hr', sql: compiled.sql, params: [...compiled.parameters], figures: Object.keys(figures) };
  };
  const byTargetGroup = (prefix: string, measure: string): Record<string, Figure> => ({
    [`${prefix}_total`]: sumOf(measure),
    ...Object.fromEntries(TARGET_GROUP_FIGURES.map(([alias, group]) => [`${prefix}_${alias}`, sumWhen(sql`r.target_group = ${group}`, measure)])),
    [`${prefix}_none`]: sumWhen(sql`r.target_group = ''`, measure),
  });
  const grouped = <T extends keyof typeof tables>(table: T, figures: Record<string, Figure>, where: Expression<unknown>) =>
    db
      .selectFrom(`${tables[table]} as r` as 'rollupEnrollment as r')
      .select(sql.ref('r.regionCode').as('region_code'))
      .select(Object.entries(figures).map(([name, figure]) => figure.as(name)))
      .where(sql<boolean>`${where} AND ${sql.ref('r.regionCode')} IN (${sql.join(codes.length ? codes : [null])})`)
      .groupBy('r.regionCode');

  const enrolled = byTargetGroup('enrolled', 'r.enrollments');
  const completed = byTargetGroup('completed', 'r.completions');
  // Claims filed in the period and claims paid in it, each from its own rollup.
  const subsidies = {
    subsidy_claims: sumOf('x.claims'),
    subsidy_claimed_fen: sumOf('x.claimedFen'),
    subsidy_paid_claims: sumOf('x.paidClaims'),
    subsidy_paid_fen: sumOf('x.paidFen'),
  };
  const zero = sql<number>`0`;
  const claimsIn = (paid: boolean) =>
    db
      .selectFrom(`${paid ? 'rollupSubsidyPaid' : 'rollupSubsidyFiled'} as s` as 'rollupSubsidyFiled as s')
      .select([
        's.regionCode as regionCode',
        (paid ? zero : sql<number>`s.claims`).as('claims'),
        (paid ? zero : sql<number>`s.amount_fen`).as('claimedFen'),
        (paid ? sql<number>`s.claims` : zero).as('paidClaims'),
        (paid ? sql<number>`s.amount_fen` : zero).as('paidFen'),
      ])
      .where(inMonths('s.month', months));
  const subsidyQuery = db
    .selectFrom(claimsIn(false).unionAll(claimsIn(true)).as('x'))
    .select(sql.ref('x.regionCode').as('region_code'))
    .select(Object.entries(subsidies).map(([name, figure]) => figure.as(name)))
    .where(sql<boolean>`${sql.ref('x.regionCode')} IN (${sql.join(codes.length ? codes : [null])})`)
    .groupBy('x.regionCode');
  const certificates = {
    certificates_total: sumOf('r.certificates'),
    ...Object.fromEntries(SKILL_LEVEL_FIGURES.map(([alias, level]) => [`certificates_${alias}`, sumWhen(sql`r.level = ${level}`, 'r.certificates')])),
    certificates_specialized: sumWhen(sql`r.kind = 'SPECIALIZED_ABILITY'`, 'r.certificates'),
  };
  const titles = {
    titles_total: sumOf('r.titles'),
    ...Object.fromEntries(TITLE_KIND_FIGURES.map(([alias, kind]) => [`titles_${alias}`, sumWhen(sql`r.kind = ${kind}`, 'r.titles')])),
  };
  // Brands (established by the period's year) and the units their brands recognised in it: one statement over both rollups.
  const brands = { labor_brands: sumOf('x.brands'), labor_brand_units: sumOf('x.units') };
  const brandsAndUnits = db
    .selectFrom(
      db
        .selectFrom('rollupLaborBrand as b')
        .select(['b.regionCode as regionCode', sql<number>`CASE WHEN b.established_year > 0 AND b.established_year <= ${period.year} THEN b.brands ELSE 0 END`.as('brands'), sql<number>`0`.as('units')])
        .unionAll(db.selectFrom('rollupLaborBrandUnit as u').select(['u.regionCode as regionCode', sql<number>`0`.as('brands'), sql<number>`u.units`.as('units')]).where(sql<boolean>`${inMonths('u.month', months)}`))
        .as('x'),
    )
    .select(sql.ref('x.regionCode').as('region_code'))
    .select(Object.entries(brands).map(([name, figure]) => figure.as(name)))
    .where(sql<boolean>`${sql.ref('x.regionCode')} IN (${sql.join(codes.length ? codes : [null])})`)
    .groupBy('x.regionCode');
  const loans = { loans_granted: sumOf('r.loans'), loan_fen: sumOf('r.amountFen'), loans_to_persons: sumWhen(sql`r.borrower_kind = 'PERSON'`, 'r.loans') };
  return [
    family('enrolled', enrolled, grouped('enrollment', enrolled, inMonths('r.month', months))),
    family('completed', completed, grouped('completion', completed, inMonths('r.month', months))),
    family('subsidies', subsidies, subsidyQuery),
    family('certificates', certificates, grouped('certificate', certificates, inMonths('r.month', months))),
    family('laborBrands', brands, brandsAndUnits),
    family('catalog', { catalog_entries_published: sumOf('r.entries') }, grouped('catalog', { catalog_entries_published: sumOf('r.entries') }, inMonths('r.month', months))),
    family('cohorts', { cohorts_started: sumOf('r.cohorts') }, grouped('cohort', { cohorts_started: sumOf('r.cohorts') }, inMonths('r.month', months))),
    family('titles', titles, grouped('title', titles, inMonths('r.month', months))),
    family('vacancies', { vacancies_posted: sumOf('r.vacancies'), vacancy_headcount: sumOf('r.headcount') },
      grouped('vacancy', { vacancies_posted: sumOf('r.vacancies'), vacancy_headcount: sumOf('r.headcount') }, inMonths('r.month', months))),
    family('loans', loans, grouped('loan', loans, inMonths('r.month', months))),
  ];
}

const tables = {
  enrollment: 'rollupEnrollmentRegion',
  completion: 'rollupCompletion',
  certificate: 'rollupCertificateLevel',
  title: 'rollupTalentTitle',
  vacancy: 'rollupVacancy',
  loan: 'rollupStartupLoan',
  catalog: 'rollupTrainingCatalogEntry',
  cohort: 'rollupTrainingCohort',
  laborBrand: 'rollupLaborBrand',
  laborBrandUnit: 'rollupLaborBrandUnit',
} as const;
