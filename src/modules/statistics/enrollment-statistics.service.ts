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
import { ichAttributesByCatalogEntry, ichDimension, ichEntryDimension } from './ich-lookup';
import { countOf, Tally } from './tally';
import { markSuppressed } from './suppression/apply';
import { suppressGroups, withImpliedCity } from './suppression/group-suppression';
import { publicationThreshold } from './suppression/policy';
import { requireWholeMonths } from './suppression/published-filters';
import { EnrollmentBase } from './rollups/rollup-filters';
import { enrollmentRollup, EnrollmentRollup } from './rollups/enrollment-rollups';

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

/** The same figures from rollup_enrollment (state as a key), counting the enrolments a `passed` filter keeps (`base`). */
const rollupMeasures = (published: boolean, base: EnrollmentBase) => {
  const when = (condition: string, column: string) => `SUM(CASE WHEN ${condition} THEN t.${column} ELSE 0 END)`;
  const passed = base === 'failed' ? '0' : published ? when(`t.status = 'COMPLETED'`, 'passed') : 'SUM(t.passed)';
  return [
    { name: 'enrollments', sql: `SUM(t.${base})` },
    { name: 'completed', sql: when(`t.status = 'COMPLETED'`, base) },
    { name: 'passed', sql: passed },
    { name: 'dropped', sql: when(`t.status = 'DROPPED'`, base) },
  ];
};

/** The same from the rollups that count state and result in measures (rollups.v1.ts ENROLLMENT_OUTCOMES). */
const outcomeMeasures = (published: boolean, base: EnrollmentBase) => {
  const of = (measure: 'enrollments' | 'completed' | 'dropped') => (base === 'enrollments' ? measure : measure === 'enrollments' ? base : `${base}_${measure}`);
  const passed = base === 'failed' ? '0' : published ? 'SUM(t.passed_completed)' : 'SUM(t.passed)';
  return [
    { name: 'enrollments', sql: `SUM(t.${of('enrollments')})` },
    { name: 'completed', sql: `SUM(t.${of('completed')})` },
    { name: 'passed', sql: passed },
    { name: 'dropped', sql: `SUM(t.${of('dropped')})` },
  ];
};

/** Where each dimension's values are read: the facts (raw) or a rollup. */
interface Columns {
  from: string;
  region: string;
  date: string;
  targetGroup: string;
  entry: string;
  quarters?: { year: string; quarter: string };
}
const RAW: Columns = { from: 'enrollment t JOIN training_cohort c ON c.id = t.cohort_id', region: 'c.region_code', date: 't.enrolled_on', targetGroup: 't.target_group', entry: 'c.catalog_entry_id' };
const rollupColumns = (rollup: EnrollmentRollup): Columns => ({
  from: `${rollup.table} t`,
  region: rollup.quarters ? 't.region_prefix' : 't.region_code',
  date: 't.month',
  targetGroup: `NULLIF(t.target_group, '')`,
  entry: 't.catalog_entry_id',
  quarters: rollup.quarters,
});

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
    const asOf = new Date();
    const rows = recordsOf(this.ctx, ENROLLMENT).whereSql(filter, 't', { scope: 'aggregate' });
    if (threshold !== null) requireWholeMonths('filter', 'enrolledFrom', filter?.enrolledFrom, 'enrolledTo', filter?.enrolledTo);
    const rollup = enrollmentRollup(this.ctx, dimensions, filter);
    const columns = rollup ? rollupColumns(rollup) : RAW;
    const published = threshold !== null;
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      from: columns.from,
      where: rollup ? rollup.where : new SqlFilter().add(rows.sql, ...rows.params),
      measures: !rollup ? measures(published) : rollup.byState ? rollupMeasures(published, rollup.base) : outcomeMeasures(published, rollup.base),
      dimensions: this.plans(dimensions, threshold !== null, columns),
      emptyKeys,
      nonEmpty: rollup !== null,
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
    return { groupBy: dimensions, groups, total, minCell: threshold, asOf };
  }

  private plans(dimensions: Dimension[], published: boolean, columns: Columns): Array<DimensionPlan<Keys>> {
    const { regions } = this.ctx;
    const ich = { category: dimensions.includes('ICH_CATEGORY'), level: dimensions.includes('ICH_LEVEL') };
    const firstIch = dimensions.find((d) => d === 'ICH_CATEGORY' || d === 'ICH_LEVEL');
    const plans: Array<DimensionPlan<Keys>> = [];
    for (const d of dimensions) {
      const shared = placeAndTimeDimension<Keys>(regions, d, columns.region, columns.date, columns.quarters);
      if (shared) plans.push(shared);
      if (d === 'TARGET_GROUP') plans.push(enumDimension('targetGroup', columns.targetGroup, TARGET_GROUPS));
      if (d === 'STATUS') plans.push(enumDimension('status', 't.status', ENROLLMENT_STATUSES));
      // Both ICH dimensions come from one look-up, placed where the first of them was asked for.
      // Published figures count an enrolment once, under its programme's first item, so groups add up to the total.
      // Over a rollup the programmes' categories are joined in SQL (few rows, far fewer groups); over the
      // facts, a join per enrolment costs more than folding the per-programme groups here.
      if (d === firstIch) {
        plans.push(
          columns === RAW
            ? ichDimension(columns.entry, ich, (entryIds) => ichAttributesByCatalogEntry(this.ctx, entryIds), published)
            : ichEntryDimension(this.ctx, columns.entry, ich, published),
        );
      }
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
