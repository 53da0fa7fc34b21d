import { RequestContext } from '../../context';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { runSql, sqlOf } from '../../sources/sql-builder';
import { heritageItemByListingKey } from '../heritage/heritage-item.lookups';
import type { HeritageItemRecord } from '../heritage/heritage.record';
import type { TrainingCatalogEntryRecord } from './training.record';

/** What a catalogue entry is built on: its ICH item keys (HR) and the items they name (culture). */
export class TrainingCatalogService {
  constructor(private readonly ctx: RequestContext) {}

  /** The ICH item keys the entry is built on, sorted; one statement for all entries of a level. */
  itemKeys(entry: TrainingCatalogEntryRecord): Promise<string[]> {
    return this.ctx.loaders
      .get<number, string[]>('trainingCatalogItemKeysByEntryId', undefined, async (ids) => {
        const statement = sqlOf('hr', this.ctx.sources.hr)
          .selectFrom('trainingCatalogItem as keyed')
          .select(['keyed.entryId', 'keyed.itemKey'])
          .where('keyed.entryId', 'in', [...new Set(ids)])
          .orderBy('keyed.entryId')
          .orderBy('keyed.itemKey');
        const rows = await runSql<{ entry_id: unknown; item_key: string }>(this.ctx.sources.hr, statement);
        return groupByKey(ids, rows, (r) => Number(r.entry_id)).map((list) => list.map((r) => r.item_key));
      })
      .load(entry.rowId);
  }

  /**
   * The culture items an entry is built on: the keys of all entries in one hr
   * statement, then the items of all keys in one culture statement. Keys the
   * culture source does not know are dropped, and two keys of one item give it once.
   */
  async heritageItems(entry: TrainingCatalogEntryRecord): Promise<HeritageItemRecord[]> {
    const keys = await this.itemKeys(entry);
    const items = await Promise.all(keys.map((key) => heritageItemByListingKey(this.ctx, key)));
    const unique = new Map<string, HeritageItemRecord>();
    for (const item of items) if (item) unique.set(item.id, item);
    return [...unique.values()];
  }
}
