import { requireItemKeys } from '../../shared/filters/arguments';
import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf, pagesByParent } from '../../shared/sql/page-query';
import { ContestFilter, ContestOrderEnum } from './contest.inputs';
import { dateRangeSql, regionSubtreeSql } from './talent.filters';
import { contestHydrator } from './talent.record';

export const CONTEST_ORDERINGS: Record<keyof typeof ContestOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  HELD_ON: { key: 'HELD_ON', columns: [{ column: 't.held_on', property: 'heldOn', direction: 'ASC' }] },
  HELD_ON_DESC: { key: 'HELD_ON_DESC', columns: [{ column: 't.held_on', property: 'heldOn', direction: 'DESC' }] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
};

export class ContestService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: ContestFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.classes?.length) sql.in('t.contest_class', filter.classes);
    if (filter.years?.length) sql.in('t.year', filter.years);
    regionSubtreeSql(this.ctx, sql, `${argument}.regionCode`, 't.region_code', filter.regionCode);
    if (filter.itemKeys) sql.in('t.item_key', requireItemKeys(`${argument}.itemKeys`, filter.itemKeys));
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    dateRangeSql(sql, argument, 't.held_on', ['heldFrom', 'heldTo'], filter.heldFrom, filter.heldTo);
    return sql;
  }

  list(filter: ContestFilter | null | undefined, orderBy: keyof typeof ContestOrderEnum, paging: PagingArgs) {
    const query = { hydrator: contestHydrator(this.ctx), filter: this.filterSql(filter), ordering: CONTEST_ORDERINGS[orderBy] };
    return pageOf(this.ctx.sources.hr, query, paging);
  }

  /** One page of contests per normalised ICH item key, all in one statement. */
  pagesByItemKey(itemKeys: readonly string[], filter: SqlFilter, orderBy: keyof typeof ContestOrderEnum, paging: PagingArgs) {
    const query = { hydrator: contestHydrator(this.ctx), filter, ordering: CONTEST_ORDERINGS[orderBy], parentColumn: 't.item_key' };
    return pagesByParent(this.ctx.sources.hr, query, itemKeys, paging);
  }
}
