import { RegionDirectory } from '../../../shared/regions';
import { SqlFilter } from '../../../shared/sql/filter';
import type { StartupLoanFilter } from '../../employment/startup-loan.inputs';
import type { VacancyFilter } from '../../employment/vacancy.inputs';
import type { SkillCertificateFilter } from '../../talent/skill-certificate.inputs';
import type { EnrollmentFilter } from '../../training/enrollment.inputs';
import { wholeMonths } from './rollup-reads';

/**
 * A statistics filter as conditions over a rollup table (alias `t`), or
 * null when the rollup cannot answer it and the facts must be grouped: a
 * day-precise date range, a free-text, USCC, number or amount filter, or
 * any field not listed here (a field added to a filter later reads the
 * facts until it is taught to the rollup). The filter has already been
 * checked by the record's own filter, so errors name arguments alike.
 */
type Terms<F> = { [K in keyof F]-?: ((value: NonNullable<F[K]>, where: SqlFilter) => boolean) | null };

function translate<F extends object>(filter: F | null | undefined, terms: Terms<F>): SqlFilter | null {
  const where = new SqlFilter();
  for (const [field, value] of Object.entries(filter ?? {})) {
    if (value === null || value === undefined) continue;
    const term = terms[field as keyof F];
    if (!term || !term(value as never, where)) return null;
  }
  return where;
}

const oneOf = (column: string) => (values: readonly unknown[], where: SqlFilter) => {
  if (values.length > 0) where.in(column, values);
  return true;
};
const inRegion = (regions: RegionDirectory) => (code: string, where: SqlFilter) => {
  where.in('t.region_code', regions.subtreeCodes(code));
  return true;
};

/** Both ends of a date range at once (the terms see one field each): whole months, or null. */
function monthRange(from: string | null | undefined, to: string | null | undefined, where: SqlFilter): boolean {
  const months = wholeMonths(from, to);
  if (!months) return false;
  if (months.from) where.add('t.month >= ?', months.from);
  if (months.to) where.add('t.month <= ?', months.to);
  return true;
}

/** Which enrolment count a `passed` filter keeps: every enrolment, those who passed, or those who failed. */
export type EnrollmentBase = 'enrollments' | 'passed' | 'failed';

export function enrollmentRollupFilter(filter: EnrollmentFilter | null | undefined, regions: RegionDirectory): { where: SqlFilter; base: EnrollmentBase } | null {
  const range = new SqlFilter();
  if (!monthRange(filter?.enrolledFrom, filter?.enrolledTo, range)) return null;
  const where = translate<EnrollmentFilter>(filter, {
    statuses: oneOf('t.status'),
    targetGroups: oneOf('t.target_group'),
    enrolledFrom: () => true,
    enrolledTo: () => true,
    passed: () => true,
    regionCode: inRegion(regions),
  });
  if (!where) return null;
  const base: EnrollmentBase = filter?.passed == null ? 'enrollments' : filter.passed ? 'passed' : 'failed';
  return { where: where.merge(range), base };
}

export function certificateRollupFilter(filter: SkillCertificateFilter | null | undefined, regions: RegionDirectory): SqlFilter | null {
  const range = new SqlFilter();
  if (!monthRange(filter?.issuedFrom, filter?.issuedTo, range)) return null;
  const where = translate<SkillCertificateFilter>(filter, {
    levels: oneOf('t.level'),
    kinds: oneOf('t.kind'),
    evaluatorTypes: oneOf('t.evaluator_type'),
    regionCode: inRegion(regions),
    issuedFrom: () => true,
    issuedTo: () => true,
    certificateNumber: null,
  });
  return where && where.merge(range);
}

export function vacancyRollupFilter(filter: VacancyFilter | null | undefined, regions: RegionDirectory): SqlFilter | null {
  const range = new SqlFilter();
  if (!monthRange(filter?.postedFrom, filter?.postedTo, range)) return null;
  const where = translate<VacancyFilter>(filter, {
    regionCode: inRegion(regions),
    statuses: oneOf('t.status'),
    postedFrom: () => true,
    postedTo: () => true,
    employerUscc: null,
    itemKeys: null,
    titleContains: null,
    craftContains: null,
    minHeadcount: null,
    openOn: null,
  });
  return where && where.merge(range);
}

export function loanRollupFilter(filter: StartupLoanFilter | null | undefined, regions: RegionDirectory): SqlFilter | null {
  const range = new SqlFilter();
  if (!monthRange(filter?.grantedFrom, filter?.grantedTo, range)) return null;
  const where = translate<StartupLoanFilter>(filter, {
    regionCode: inRegion(regions),
    borrowerKinds: oneOf('t.borrower_kind'),
    grantedFrom: () => true,
    grantedTo: () => true,
    borrowerUscc: null,
    amountMin: null,
    amountMax: null,
  });
  return where && where.merge(range);
}
