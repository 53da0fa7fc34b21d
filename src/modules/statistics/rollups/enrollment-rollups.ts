import type { RequestContext } from '../../../context';
import { SqlFilter } from '../../../shared/sql/filter';
import type { EnrollmentFilter } from '../../training/enrollment.inputs';
import { citiesFollowPrefixes } from '../dimensions';
import { PROVINCE_CODE } from '../region-rollup';
import { EnrollmentBase, enrollmentRollupFilter } from './rollup-filters';
import { readsRollups, wholeMonths } from './rollup-reads';

export type EnrollmentDimension = 'CITY' | 'COUNTY' | 'YEAR' | 'QUARTER' | 'MONTH' | 'TARGET_GROUP' | 'STATUS' | 'ICH_CATEGORY' | 'ICH_LEVEL';

/** Where the figures are read and how. */
export interface EnrollmentRollup {
  table: 'rollup_enrollment' | 'rollup_enrollment_region' | 'rollup_enrollment_programme';
  /** rollup_enrollment keys the state; the others count it in measures (ENROLLMENT_OUTCOMES). */
  byState: boolean;
  where: SqlFilter;
  base: EnrollmentBase;
  /** The programme rollup is kept by year and quarter, and by the city prefix of the region code. */
  quarters?: { year: string; quarter: string };
}

const QUARTER_START = ['01', '04', '07', '10'];
const QUARTER_END = ['03', '06', '09', '12'];

/**
 * The filter over rollup_enrollment_programme: target groups, result, a
 * region that is the province or a city (a city prefix), and a date range of
 * whole quarters; null for anything finer.
 */
function programmeFilter(ctx: Pick<RequestContext, 'regions'>, filter: EnrollmentFilter | null | undefined): SqlFilter | null {
  const where = new SqlFilter();
  const months = wholeMonths(filter?.enrolledFrom, filter?.enrolledTo);
  if (!months) return null;
  if (months.from) {
    const at = QUARTER_START.indexOf(months.from.slice(5, 7));
    if (at < 0) return null;
    where.add('(t.year > ? OR (t.year = ? AND t.quarter >= ?))', months.from.slice(0, 4), months.from.slice(0, 4), at + 1);
  }
  if (months.to) {
    const at = QUARTER_END.indexOf(months.to.slice(5, 7));
    if (at < 0) return null;
    where.add('(t.year < ? OR (t.year = ? AND t.quarter <= ?))', months.to.slice(0, 4), months.to.slice(0, 4), at + 1);
  }
  if (filter?.targetGroups?.length) where.in('t.target_group', filter.targetGroups);
  if (filter?.regionCode) {
    const region = ctx.regions.get(filter.regionCode);
    if (!region || (region.level !== 'CITY' && region.code !== PROVINCE_CODE)) return null;
    if (region.level === 'CITY') where.add('t.region_prefix = ?', region.code.slice(0, 4));
  }
  return where;
}

/**
 * The smallest rollup that keys what is asked, or null for the facts:
 * by state (a STATUS grouping or filter) only rollup_enrollment; the ICH
 * dimensions the programme rollup when neither a county, a month nor a
 * finer filter is asked (else rollup_enrollment, which keys the programme
 * too); anything else the region rollup.
 */
export function enrollmentRollup(ctx: RequestContext, dimensions: readonly EnrollmentDimension[], filter: EnrollmentFilter | null | undefined): EnrollmentRollup | null {
  if (!readsRollups(ctx)) return null;
  const monthly = enrollmentRollupFilter(filter, ctx.regions);
  if (!monthly) return null;
  const byState = dimensions.includes('STATUS') || (filter?.statuses?.length ?? 0) > 0;
  const ich = dimensions.includes('ICH_CATEGORY') || dimensions.includes('ICH_LEVEL');
  if (byState) return { table: 'rollup_enrollment', byState: true, ...monthly };
  if (!ich) return { table: 'rollup_enrollment_region', byState: false, ...monthly };
  const coarse = !dimensions.includes('COUNTY') && !dimensions.includes('MONTH') && citiesFollowPrefixes(ctx.regions) ? programmeFilter(ctx, filter) : null;
  if (!coarse) return { table: 'rollup_enrollment', byState: true, ...monthly };
  return { table: 'rollup_enrollment_programme', byState: false, where: coarse, base: monthly.base, quarters: { year: 't.year', quarter: 't.quarter' } };
}
