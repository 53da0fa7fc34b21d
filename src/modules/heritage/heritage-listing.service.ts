import { RequestContext } from '../../context';
import { Ordering, PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { heritageListingPagesByItemId } from './heritage-listing.loader';
import { HeritageListingFilter } from './heritage-listing.inputs';

/** An item has a handful of listings: in order of registration, the first (NEW) listing first. */
const BY_ID: Ordering = { key: 'ID', columns: [] };

export class HeritageListingService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: HeritageListingFilter | null | undefined): SqlFilter {
    const sql = new SqlFilter();
    if (filter?.levels?.length) sql.in('t.level', filter.levels);
    if (filter?.kinds?.length) sql.in('t.kind', filter.kinds);
    return sql;
  }

  /** The listings of one item; all items asking for the same page share one statement. */
  pageByItem(itemRowId: number, filter: HeritageListingFilter | null | undefined, paging: PagingArgs) {
    pagingWindow(paging, BY_ID);
    return heritageListingPagesByItemId(this.ctx, { filter, paging }, this.filterSql(filter), BY_ID, paging).load(itemRowId);
  }
}
