import { RequestContext } from '../../context';
import { Ordering, PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { requireRegionCode } from '../region/region.service';
import { itemIdIn, requireItemKeys } from './item-key.filter';
import { RevitalizationEntryFilter, RevitalizationEntryOrderEnum } from './revitalization-entry.inputs';
import { revitalizationEntryHydrator, revitalizationEntryPagesByItemId } from './revitalization-entry.loader';
import { inRange } from './year-range.filter';

export const REVITALIZATION_ENTRY_ORDERINGS: Record<keyof typeof RevitalizationEntryOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  YEAR: { key: 'YEAR', columns: [{ column: 't.year', property: 'year', direction: 'ASC' }] },
};

export class RevitalizationEntryService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: RevitalizationEntryFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.catalogueLevels?.length) sql.in('t.catalogue_level', filter.catalogueLevels);
    if (filter.categoryCodes?.length) sql.in('t.category_code', filter.categoryCodes);
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    inRange(sql, 't.year', { argument: `${argument}.yearFrom`, value: filter.yearFrom }, { argument: `${argument}.yearTo`, value: filter.yearTo });
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.itemKeys) sql.merge(itemIdIn('t.item_id', requireItemKeys(`${argument}.itemKeys`, filter.itemKeys)));
    if (filter.hasHeritageItem != null) sql.add(filter.hasHeritageItem ? 't.item_id IS NOT NULL' : 't.item_id IS NULL');
    return sql;
  }

  list(filter: RevitalizationEntryFilter | null | undefined, orderBy: keyof typeof RevitalizationEntryOrderEnum, paging: PagingArgs) {
    return pageOf(
      this.ctx.sources.culture,
      { hydrator: revitalizationEntryHydrator(this.ctx), filter: this.filterSql(filter), ordering: REVITALIZATION_ENTRY_ORDERINGS[orderBy] },
      paging,
    );
  }

  /** The catalogue entries of one item; all items asking for the same page share one statement. */
  pageByItem(itemRowId: number, filter: RevitalizationEntryFilter | null | undefined, orderBy: keyof typeof RevitalizationEntryOrderEnum, paging: PagingArgs) {
    const ordering = REVITALIZATION_ENTRY_ORDERINGS[orderBy];
    pagingWindow(paging, ordering);
    return revitalizationEntryPagesByItemId(this.ctx, { filter, orderBy, paging }, this.filterSql(filter), ordering, paging).load(itemRowId);
  }
}
