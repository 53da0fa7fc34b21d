import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { requireUscc } from '../../shared/filters/arguments';
import { Ordering, PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { HeritageItemFilter, HeritageItemOrderEnum } from '../heritage/heritage-item.inputs';
import { HERITAGE_ITEM_ORDERINGS, HeritageItemService } from '../heritage/heritage-item.service';
import { itemIdIn, requireItemKeys } from '../heritage/item-key.filter';
import { inRange } from '../heritage/year-range.filter';
import { requireRegionCode } from '../region/region.service';
import { WorkshopFilter, WorkshopOrderEnum } from './workshop.inputs';
import { heritageItemPagesByWorkshopId } from './workshop-heritage-item.loader';
import { workshopHydrator, workshopPagesByItemId, workshopPagesByOperatorUscc } from './workshop.loader';

export const WORKSHOP_ORDERINGS: Record<keyof typeof WorkshopOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  JOBS_CREATED_DESC: { key: 'JOBS_CREATED_DESC', columns: [{ column: 't.jobs_created', property: 'jobsCreated', direction: 'DESC' }] },
};

type WorkshopOrder = keyof typeof WorkshopOrderEnum;

export class WorkshopService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: WorkshopFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.statuses?.length) sql.in('t.status', filter.statuses);
    // One recognition must meet both the level and the year conditions.
    const recognition = new SqlFilter();
    if (filter.recognitionLevels?.length) recognition.in('r.level', filter.recognitionLevels);
    inRange(
      recognition,
      'r.year',
      { argument: `${argument}.recognizedYearFrom`, value: filter.recognizedYearFrom },
      { argument: `${argument}.recognizedYearTo`, value: filter.recognizedYearTo },
    );
    if (recognition.clauses.length > 0) {
      sql.add(`EXISTS (SELECT 1 FROM workshop_recognition r WHERE r.workshop_id = t.id AND ${recognition.sql})`, ...recognition.params);
    }
    if (filter.operatorUscc != null) sql.add('t.operator_uscc = ?', requireUscc(`${argument}.operatorUscc`, filter.operatorUscc));
    if (filter.hasOperator != null) sql.add(filter.hasOperator ? 't.operator_uscc IS NOT NULL' : 't.operator_uscc IS NULL');
    if (filter.itemKeys) {
      const items = itemIdIn('wi.item_id', requireItemKeys(`${argument}.itemKeys`, filter.itemKeys));
      sql.add(`t.id IN (SELECT wi.workshop_id FROM workshop_heritage_item wi WHERE ${items.sql})`, ...items.params);
    }
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.minJobs != null) {
      if (filter.minJobs < 0) throw badInput(`${argument}.minJobs`, `must be 0 or more, got ${filter.minJobs}`);
      sql.add('t.jobs_created >= ?', filter.minJobs);
    }
    return sql;
  }

  list(filter: WorkshopFilter | null | undefined, orderBy: WorkshopOrder, paging: PagingArgs) {
    return pageOf(this.ctx.sources.culture, { hydrator: workshopHydrator(this.ctx), filter: this.filterSql(filter), ordering: WORKSHOP_ORDERINGS[orderBy] }, paging);
  }

  /** The workshops resting on one item; all items asking for the same page share one statement. */
  pageByItem(itemRowId: number, filter: WorkshopFilter | null | undefined, orderBy: WorkshopOrder, paging: PagingArgs) {
    const ordering = WORKSHOP_ORDERINGS[orderBy];
    pagingWindow(paging, ordering);
    return workshopPagesByItemId(this.ctx, { filter, orderBy, paging }, this.filterSql(filter), ordering, paging).load(itemRowId);
  }

  /**
   * The workshops one operator runs (for Organization.workshops and the
   * like); all operators asking for the same page share one statement.
   */
  pageByOperatorUscc(uscc: string, filter: WorkshopFilter | null | undefined, orderBy: WorkshopOrder, paging: PagingArgs) {
    const ordering = WORKSHOP_ORDERINGS[orderBy];
    pagingWindow(paging, ordering);
    return workshopPagesByOperatorUscc(this.ctx, { filter, orderBy, paging }, this.filterSql(filter), ordering, paging).load(uscc);
  }

  /** The items one workshop rests on; all workshops asking for the same page share one statement. */
  heritageItemsOf(workshopRowId: number, filter: HeritageItemFilter | null | undefined, orderBy: keyof typeof HeritageItemOrderEnum, paging: PagingArgs) {
    const ordering = HERITAGE_ITEM_ORDERINGS[orderBy];
    pagingWindow(paging, ordering);
    const sql = new HeritageItemService(this.ctx).filterSql(filter);
    return heritageItemPagesByWorkshopId(this.ctx, { filter, orderBy, paging }, sql, ordering, paging).load(workshopRowId);
  }
}
