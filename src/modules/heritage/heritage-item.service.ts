import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { NodeRecord } from '../../shared/sql/record';
import { heritageItemHydrator } from './heritage-item.loader';
import { HeritageItemEntity } from '../../sources/culture';
import { requireRegionCode } from '../region/region.service';
import { HeritageItemFilter, HeritageItemOrderEnum } from './heritage-item.inputs';
import { itemIdIn, requireItemKeys } from './item-key.filter';
import { inRange } from './year-range.filter';

export type HeritageItemRecord = NodeRecord<HeritageItemEntity> & { nationalNumber: string | null };

export const HERITAGE_ITEM_ORDERINGS: Record<keyof typeof HeritageItemOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  ITEM_KEY: { key: 'ITEM_KEY', columns: [{ column: 't.item_key', property: 'itemKey', direction: 'ASC' }] },
};

export class HeritageItemService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: HeritageItemFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.levels?.length) sql.in('t.level', filter.levels);
    if (filter.categories?.length) sql.in('t.category', filter.categories);
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.itemKeys) sql.merge(itemIdIn('t.id', requireItemKeys(`${argument}.itemKeys`, filter.itemKeys)));
    inRange(sql, 't.year', { argument: `${argument}.yearFrom`, value: filter.yearFrom }, { argument: `${argument}.yearTo`, value: filter.yearTo });
    return sql;
  }

  list(filter: HeritageItemFilter | null | undefined, orderBy: keyof typeof HeritageItemOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.culture, { hydrator: heritageItemHydrator(this.ctx), filter: this.filterSql(filter), ordering: HERITAGE_ITEM_ORDERINGS[orderBy] }, paging);
  }
}
