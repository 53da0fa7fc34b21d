import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { SubsidyClaimFilter, SubsidyClaimOrderEnum } from './subsidy-claim.inputs';
import { subsidyClaimHydrator } from './subsidy-claim.loader';
import { dateRange } from './training.filters';

export const SUBSIDY_CLAIM_ORDERINGS: Record<keyof typeof SubsidyClaimOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  CLAIMED_ON: { key: 'CLAIMED_ON', columns: [{ column: 't.claimed_on', property: 'claimedOn', direction: 'ASC' }] },
};

export class SubsidyClaimService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: SubsidyClaimFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.statuses?.length) sql.in('t.status', filter.statuses);
    dateRange(sql, 't.claimed_on', argument, 'claimed', filter.claimedFrom, filter.claimedTo);
    return sql;
  }

  list(filter: SubsidyClaimFilter | null | undefined, orderBy: keyof typeof SubsidyClaimOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: subsidyClaimHydrator(this.ctx), filter: this.filterSql(filter), ordering: SUBSIDY_CLAIM_ORDERINGS[orderBy] }, paging);
  }
}
