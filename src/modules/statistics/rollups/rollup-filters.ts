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

/**
 * The filter's terms as conditions; its date range (`dates`: the from and
 * to fields) as whole months of `t.month`, or null when a day-precise end
 * needs the facts.
 */
function translate<F extends object, D extends keyof F>(filter: F | null | undefined, dates: readonly [D, D], terms: Omit<Terms<F>, D>): SqlFilter | null {
  const where = new SqlFilter();
  const months = wholeMonths(filter?.[dates[0]] as string | null | undefined, filter?.[dates[1]] as string | null | undefined);
  if (!months) return null;
  if (months.from) where.add('t.month >= ?', months.from);
  if (months.to) where.add('t.month <= ?', months.to);
  for (const [field, value] of Object.entries(filter ?? {})) {
    if (value === null || value === undefined || dates.includes(field as D)) continue;
    const term = (terms as Record<string, Terms<F>[keyof F]>)[field];
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

/** Which enrolment count a `passed` filter keeps: every enrolment, those who passed, or those who failed. */
export type EnrollmentBase = 'enrollments' | 'passed' | 'failed';

export function enrollmentRollupFilter(filter: EnrollmentFilter | null | undefined, regions: RegionDirectory): { where: SqlFilter; base: EnrollmentBase } | null {
  const where = translate(filter, ['enrolledFrom', 'enrolledTo'], {
    statuses: oneOf('t.status'),
    targetGroups: oneOf('t.target_group'),
    passed: () => true,
    regionCode: inRegion(regions),
  });
  if (!where) return null;
  const base: EnrollmentBase = filter?.passed == null ? 'enrollments' : filter.passed ? 'passed' : 'failed';
  return { where, base };
}

export function certificateRollupFilter(filter: SkillCertificateFilter | null | undefined, regions: RegionDirectory): SqlFilter | null {
  return translate(filter, ['issuedFrom', 'issuedTo'], {
    levels: oneOf('t.level'),
    kinds: oneOf('t.kind'),
    evaluatorTypes: oneOf('t.evaluator_type'),
    regionCode: inRegion(regions),
    certificateNumber: null,
  });
}

export function vacancyRollupFilter(filter: VacancyFilter | null | undefined, regions: RegionDirectory): SqlFilter | null {
  return translate(filter, ['postedFrom', 'postedTo'], {
    regionCode: inRegion(regions),
    statuses: oneOf('t.status'),
    employerUscc: null,
    itemKeys: null,
    // Not a rollup key: read from the facts.
    ichCategories: null,
    titleContains: null,
    craftContains: null,
    minHeadcount: null,
    openOn: null,
  });
}

export function loanRollupFilter(filter: StartupLoanFilter | null | undefined, regions: RegionDirectory): SqlFilter | null {
  return translate(filter, ['grantedFrom', 'grantedTo'], {
    regionCode: inRegion(regions),
    borrowerKinds: oneOf('t.borrower_kind'),
    borrowerUscc: null,
    amountMin: null,
    amountMax: null,
  });
}
