import { RequestContext } from '../../context';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { runSql, sqlOf } from '../../sources/sql-builder';
import { GraphQLResolveInfo } from 'graphql';
import { anyKeyOf, chainLoader, fetchedAlongside, recordsOf } from '../../records';
import { ConnectionValue } from '../../shared/relay/connection';
import { ITEM_CATALOG_ENTRIES } from './training.relations';
import { requireItemKeys } from '../../shared/filters/arguments';
import { heritageItemByListingKey } from '../heritage/heritage-item.lookups';
import { HERITAGE_LISTING, HeritageItemRecord, HeritageListingRecord } from '../heritage/heritage.record';
import type { TrainingCatalogArgs, TrainingCatalogFilter } from './training-catalog-entry.inputs';
import { TRAINING_CATALOG_ENTRY, TrainingCatalogEntryRecord } from './training.record';

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

  /** Every listing key of an item (its own first): HR rows may cite any of them. One culture statement per batch. */
  async listingKeysOf(item: Pick<HeritageItemRecord, 'rowId' | 'itemKey'>): Promise<string[]> {
    // Fetched with the items when they came by a chain statement (see training.relations.ts).
    const ahead = fetchedAlongside<ConnectionValue<HeritageListingRecord>>(this.ctx, ITEM_CATALOG_ENTRIES, item);
    const listings = ahead ? ahead.edges.map((e) => e.node) : await recordsOf(this.ctx, HERITAGE_LISTING).byColumn('itemId').load(item.rowId);
    return [...new Set([item.itemKey, ...listings.map((l) => l.listingKey)])];
  }

  /**
   * A filter whose `itemKeys` name the items, whichever of their listings'
   * keys an entry was filed or imported with: each key is widened to every
   * listing key of the item it names (culture, one statement per batch). A
   * key no listing has is kept as given; a malformed one is left for the
   * filter to refuse, naming it.
   */
  async widenItemKeys(filter: TrainingCatalogFilter | null | undefined): Promise<TrainingCatalogFilter | null | undefined> {
    if (!filter?.itemKeys?.length) return filter;
    let keys: string[];
    try {
      keys = requireItemKeys('filter.itemKeys', filter.itemKeys);
    } catch {
      return filter;
    }
    const items = await Promise.all(keys.map((key) => heritageItemByListingKey(this.ctx, key)));
    const listings = await Promise.all(items.map((item) => (item ? this.listingKeysOf(item) : [])));
    return { ...filter, itemKeys: [...new Set([...keys, ...listings.flat()])] };
  }

  /** The entries built on an item, cited by any of its listing keys: one culture statement, then one HR statement, per batch of items. */
  async entriesOfItem(item: HeritageItemRecord, args: TrainingCatalogArgs, info: GraphQLResolveInfo) {
    const [keys, filter] = await Promise.all([this.listingKeysOf(item), this.widenItemKeys(args.filter)]);
    const widened = filter === args.filter ? args : { ...args, filter };
    const key = anyKeyOf(keys);
    // Levels below (cohorts, enrolments, trainees, titles) stay in the same HR statement.
    const chained = chainLoader(this.ctx, info, ITEM_CATALOG_ENTRIES, widened, true);
    return chained ? chained.load(key) : recordsOf(this.ctx, TRAINING_CATALOG_ENTRY).pagesByAnyKey('itemKey', widened).load(key);
  }
}
