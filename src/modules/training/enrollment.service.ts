import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { EnrollmentFilter, EnrollmentOrderEnum } from './enrollment.inputs';
import { enrollmentHydrator } from './enrollment.loader';
import { dateRange, regionSubtree } from './training.filters';

export const ENROLLMENT_ORDERINGS: Record<keyof typeof EnrollmentOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  ENROLLED_ON: { key: 'ENROLLED_ON', columns: [{ column: 't.enrolled_on', property: 'enrolledOn', direction: 'ASC' }] },
};

export class EnrollmentService {
  constructor(private readonly ctx: RequestContext) {}

  /** WHERE clause over `enrollment t`; `argument` prefixes error paths. */
  filterSql(filter: EnrollmentFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.statuses?.length) sql.in('t.status', filter.statuses);
    if (filter.targetGroups?.length) sql.in('t.target_group', filter.targetGroups);
    dateRange(sql, 't.enrolled_on', argument, 'enrolled', filter.enrolledFrom, filter.enrolledTo);
    if (filter.passed != null) sql.add('t.passed = ?', filter.passed ? 1 : 0);
    if (filter.regionCode) {
      const region = new SqlFilter();
      regionSubtree(this.ctx, region, 'ec.region_code', `${argument}.regionCode`, filter.regionCode);
      sql.add(`t.cohort_id IN (SELECT ec.id FROM training_cohort ec WHERE ${region.sql})`, ...region.params);
    }
    return sql;
  }

  list(filter: EnrollmentFilter | null | undefined, orderBy: keyof typeof EnrollmentOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: enrollmentHydrator(this.ctx), filter: this.filterSql(filter), ordering: ENROLLMENT_ORDERINGS[orderBy] }, paging);
  }
}
