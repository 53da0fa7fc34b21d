import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { heritageItemByListingKey } from '../heritage/heritage-item.lookups';
import type { HeritageItemRecord } from '../heritage/heritage.record';
import { TrainingCatalogEntryOrderEnum, TrainingCatalogFilter } from './training-catalog-entry.inputs';
import { TrainingCatalogEntryRecord, trainingCatalogEntryHydrator, trainingCatalogItemKeysByEntryId } from './training-catalog-entry.loader';
import { dateRange, itemKeysArgument, regionSubtree } from './training.filters';

export const TRAINING_CATALOG_ORDERINGS: Record<keyof typeof TrainingCatalogEntryOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  CODE: { key: 'CODE', columns: [{ column: 't.code', property: 'code', direction: 'ASC' }] },
  TITLE: { key: 'TITLE', columns: [{ column: 't.title', property: 'title', direction: 'ASC' }] },
};

export class TrainingCatalogService {
  constructor(private readonly ctx: RequestContext) {}

  /** WHERE clause over `training_catalog_entry t`; `argument` prefixes error paths. */
  filterSql(filter: TrainingCatalogFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.statuses?.length) sql.in('t.status', filter.statuses);
    if (filter.regionCode) regionSubtree(this.ctx, sql, 't.region_code', `${argument}.regionCode`, filter.regionCode);
    if (filter.itemKeys) {
      const keys = new SqlFilter().in('ci.item_key', itemKeysArgument(`${argument}.itemKeys`, filter.itemKeys));
      sql.add(`t.id IN (SELECT ci.entry_id FROM training_catalog_item ci WHERE ${keys.sql})`, ...keys.params);
    }
    if (filter.occupationCode) sql.add('t.occupation_code = ?', filter.occupationCode.trim());
    if (filter.titleContains) sql.contains('t.title', filter.titleContains, 'filter.titleContains');
    dateRange(sql, 't.published_on', argument, 'published', filter.publishedFrom, filter.publishedTo);
    return sql;
  }

  list(filter: TrainingCatalogFilter | null | undefined, orderBy: keyof typeof TrainingCatalogEntryOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: trainingCatalogEntryHydrator(this.ctx), filter: this.filterSql(filter), ordering: TRAINING_CATALOG_ORDERINGS[orderBy] }, paging);
  }

  /**
   * The culture items an entry is built on: the keys of all entries in one hr
   * statement, then the items of all keys in one culture statement. Keys the
   * culture source does not know are dropped, and two keys of one item give it once.
   */
  async heritageItems(entry: TrainingCatalogEntryRecord): Promise<HeritageItemRecord[]> {
    const keys = await trainingCatalogItemKeysByEntryId(this.ctx).load(entry.rowId);
    const items = await Promise.all(keys.map((key) => heritageItemByListingKey(this.ctx, key)));
    const unique = new Map<string, HeritageItemRecord>();
    for (const item of items) if (item) unique.set(item.id, item);
    return [...unique.values()];
  }
}
