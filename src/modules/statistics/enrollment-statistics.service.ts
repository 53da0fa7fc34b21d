import { RequestContext } from '../../context';
import { ENROLLMENT_STATUSES, TARGET_GROUPS } from '../../sources/hr';
import { EnrollmentFilter } from '../training/enrollment.inputs';
import { ENROLLMENT } from '../training/training.record';
import { recordsOf } from '../../records';
import { SqlFilter } from '../../shared/sql/filter';
import { distinctDimensions, enumDimension, IchKeyValues, placeAndTimeDimension, RegionKeyValues, TimeKeyValues } from './dimensions';
import { EnrollmentDimensionEnum, EnrollmentGroup, EnrollmentStatistics } from './enrollment-statistics.type';
import { DimensionPlan, groupedTallies } from './group-by';
import { presentKeys } from './group-keys';
import { ichAttributesByCatalogEntry, ichDimension } from './ich-lookup';
import { countOf, Tally } from './tally';
import { markSuppressed } from './suppression/apply';
import { suppressGroups, withImpliedCity } from './suppression/group-suppression';
import { publicationThreshold } from './suppression/policy';
import { requireWholeMonths } from './suppression/published-filters';

type Dimension = keyof typeof EnrollmentDimensionEnum;
type Keys = RegionKeyValues & TimeKeyValues & IchKeyValues & { targetGroup: string | null; status: string | null };

const emptyKeys = (): Keys => ({ city: null, county: null, year: null, quarter: null, month: null, targetGroup: null, status: null, ichCategory: null, ichLevel: null });

const measures = (published: boolean) => [
  { name: 'enrollments', sql: 'COUNT(*)' },
  { name: 'completed', sql: `SUM(CASE WHEN t.status = 'COMPLETED' THEN 1 ELSE 0 END)` },
  // Only a completed trainee is assessed (the filing rules refuse anything else); published figures count on it, so passed nests in completed.
  { name: 'passed', sql: published ? `SUM(CASE WHEN t.status = 'COMPLETED' AND t.passed = 1 THEN 1 ELSE 0 END)` : 'SUM(CASE WHEN t.passed = 1 THEN 1 ELSE 0 END)' },
  { name: 'dropped', sql: `SUM(CASE WHEN t.status = 'DROPPED' THEN 1 ELSE 0 END)` },
];

/** Enrolments: completed (passed or not), dropped, and still in training; the unprinted remainders are counts of persons too. */
const MEASURE_TREE = {
  name: 'enrollments',
  printed: true,
  children: [
    { name: 'completed', printed: true, children: [{ name: 'passed', printed: true }, { name: 'failed', printed: false }] },
    { name: 'dropped', printed: true },
    { name: 'training', printed: false },
  ],
};

export class EnrollmentStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: EnrollmentFilter | null | undefined): Promise<EnrollmentStatistics> {
    const threshold = publicationThreshold(this.ctx);
    const dimensions = threshold === null ? distinctDimensions(groupBy) : withImpliedCity(distinctDimensions(groupBy));
    const rows = recordsOf(this.ctx, ENROLLMENT).whereSql(filter, 't', { scope: 'aggregate' });
    const where = new SqlFilter().add(rows.sql, ...rows.params);
    if (threshold !== null) requireWholeMonths('filter', 'enrolledFrom', filter?.enrolledFrom, 'enrolledTo', filter?.enrolledTo);
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      from: 'enrollment t JOIN training_cohort c ON c.id = t.cohort_id',
      where,
      measures: measures(threshold !== null),
      dimensions: this.plans(dimensions, threshold !== null),
      emptyKeys,
    });
    const groups = grouped.groups.map((g) => this.group(g.keys, g.tally));
    const total = this.group(emptyKeys(), grouped.total);
    if (threshold !== null) {
      const hidden = suppressGroups({
        dimensions,
        groups: grouped.groups,
        measures: MEASURE_TREE,
        threshold,
        atoms: (i) => {
          const t = grouped.groups[i].tally;
          const [all, completed, passed, dropped] = ['enrollments', 'completed', 'passed', 'dropped'].map((name) => countOf(t, name));
          return { passed, failed: completed - passed, dropped, training: all - completed - dropped };
        },
      });
      groups.forEach((g, i) => markSuppressed(g, hidden.groups[i]));
      markSuppressed(total, hidden.total);
    }
    return { groupBy: dimensions, groups, total, minCell: threshold };
  }

  private plans(dimensions: Dimension[], published: boolean): Array<DimensionPlan<Keys>> {
    const { regions } = this.ctx;
    const ich = { category: dimensions.includes('ICH_CATEGORY'), level: dimensions.includes('ICH_LEVEL') };
    const firstIch = dimensions.find((d) => d === 'ICH_CATEGORY' || d === 'ICH_LEVEL');
    const plans: Array<DimensionPlan<Keys>> = [];
    for (const d of dimensions) {
      const shared = placeAndTimeDimension<Keys>(regions, d, 'c.region_code', 't.enrolled_on');
      if (shared) plans.push(shared);
      if (d === 'TARGET_GROUP') plans.push(enumDimension('targetGroup', 't.target_group', TARGET_GROUPS));
      if (d === 'STATUS') plans.push(enumDimension('status', 't.status', ENROLLMENT_STATUSES));
      // Both ICH dimensions come from one look-up, placed where the first of them was asked for.
      // Published figures count an enrolment once, under its programme's first item, so groups add up to the total.
      if (d === firstIch) plans.push(ichDimension('c.catalog_entry_id', ich, (entryIds) => ichAttributesByCatalogEntry(this.ctx, entryIds), published));
    }
    return plans;
  }

  private group(keys: Keys, t: Tally): EnrollmentGroup {
    return {
      keys: presentKeys(this.ctx.regions, keys) as unknown as EnrollmentGroup['keys'],
      enrollments: countOf(t, 'enrollments'),
      completed: countOf(t, 'completed'),
      passed: countOf(t, 'passed'),
      dropped: countOf(t, 'dropped'),
      suppressed: [],
    };
  }
}
