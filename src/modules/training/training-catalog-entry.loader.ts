import { RequestContext } from '../../context';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { SqlFilter } from '../../shared/sql/filter';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { TrainingCatalogEntryEntity } from '../../sources/hr';

export type TrainingCatalogEntryRecord = NodeRecord<TrainingCatalogEntryEntity>;

export function trainingCatalogEntryHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, TrainingCatalogEntryEntity, 'TrainingCatalogEntry');
}

export function trainingCatalogEntriesById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => trainingCatalogEntryHydrator(ctx), 'trainingCatalogEntriesById');
}

/** The ICH item keys each entry is built on, sorted; one statement for all entries of a level. */
export function trainingCatalogItemKeysByEntryId(ctx: RequestContext) {
  return ctx.loaders.get<number, string[]>('trainingCatalogItemKeysByEntryId', undefined, async (ids) => {
    const where = new SqlFilter().in('j.entry_id', ids);
    const rows: Array<{ entry_id: unknown; item_key: string }> = await ctx.sources.hr.query(
      `SELECT j.entry_id, j.item_key FROM training_catalog_item j WHERE ${where.sql} ORDER BY j.entry_id, j.item_key`,
      where.params,
    );
    return groupByKey(ids, rows, (r) => Number(r.entry_id)).map((list) => list.map((r) => r.item_key));
  });
}
