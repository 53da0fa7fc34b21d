import { RequestContext } from '../../context';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { parseIchItemKey } from '../../shared/identifiers';
import { runSql, sqlOf } from '../../sources/sql-builder';
import { heritageItemByListingKey } from '../heritage/heritage-item.lookups';
import type { HeritageItemRecord } from '../heritage/heritage.record';
import type { TrainingMaterialsArgs } from './training-material.inputs';
import type { TrainingMaterialRecord } from './material.record';

/** What a material teaches: its ICH item keys (HR) and the items they name (culture). */
export class TrainingMaterialService {
  constructor(private readonly ctx: RequestContext) {}

  /** The item keys of a material, sorted; one statement for all materials of a level. */
  itemKeys(material: TrainingMaterialRecord): Promise<string[]> {
    return this.ctx.loaders
      .get<number, string[]>('trainingMaterialItemKeysByMaterialId', undefined, async (ids) => {
        const statement = sqlOf('hr', this.ctx.sources.hr)
          .selectFrom('trainingMaterialItem as taught')
          .select(['taught.materialId', 'taught.itemKey'])
          .where('taught.materialId', 'in', [...new Set(ids)])
          .orderBy('taught.materialId')
          .orderBy('taught.itemKey');
        const rows = await runSql<{ material_id: unknown; item_key: string }>(this.ctx.sources.hr, statement);
        return groupByKey(ids, rows, (r) => Number(r.material_id)).map((list) => list.map((r) => r.item_key));
      })
      .load(material.rowId);
  }

  /** The culture items a material teaches, one culture statement for all keys of a level. */
  async heritageItems(material: TrainingMaterialRecord): Promise<HeritageItemRecord[]> {
    const keys = await this.itemKeys(material);
    const items = await Promise.all(keys.map((key) => heritageItemByListingKey(this.ctx, key)));
    const unique = new Map<string, HeritageItemRecord>();
    for (const item of items) if (item) unique.set(item.id, item);
    return [...unique.values()];
  }

  /**
   * Materials store their items' own keys; a filter may name an item by any
   * listing's key, an extension listing's included, so each key is first
   * turned into its item's own key (one culture statement). A key that does
   * not parse is left for the filter to refuse, naming its index; a key no
   * listing has stays as given and matches nothing.
   */
  async withOwnItemKeys<A extends Pick<TrainingMaterialsArgs, 'filter'>>(args: A): Promise<A> {
    const keys = args.filter?.itemKeys;
    if (!keys || keys.length === 0) return args;
    const own = await Promise.all(
      keys.map(async (key) => {
        const parsed = parseIchItemKey(key);
        if (!parsed.ok) return key;
        const item = await heritageItemByListingKey(this.ctx, parsed.value);
        return item ? item.itemKey : parsed.value;
      }),
    );
    return { ...args, filter: { ...args.filter, itemKeys: own } };
  }
}
