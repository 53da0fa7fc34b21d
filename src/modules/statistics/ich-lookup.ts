import { RequestContext } from '../../context';
import { HERITAGE_CATEGORIES, ICH_LEVELS } from '../../sources/culture';
import { ITEM_BY_LISTING_KEY } from '../heritage/heritage-item.lookups';
import { DimensionPlan } from './group-by';
import { IchKeyValues } from './dimensions';
import { SqlParams } from './sql/params';

export interface IchAttributes {
  category: string;
  level: string;
}

/**
 * Category and level of the items that listing keys name (an extension
 * listing's key names its item), from culture through the heritage module's
 * lookup: ONE statement for all the keys an HR result cites, however many
 * groups cite them.
 */
export async function ichAttributesByItemKey(ctx: RequestContext, keys: readonly string[]): Promise<Map<string, IchAttributes>> {
  const items = await ITEM_BY_LISTING_KEY.find(ctx.sources.culture, keys);
  return new Map([...items].map(([key, item]) => [key, { category: item.category, level: item.level }]));
}

/**
 * The ICH attributes of the items each training catalogue entry rests on:
 * one hr statement for the entries' item keys, one culture statement for the keys.
 */
export async function ichAttributesByCatalogEntry(ctx: RequestContext, entryIds: readonly unknown[]): Promise<Map<string, IchAttributes[]>> {
  const ids = [...new Set(entryIds.map((id) => Number(id)))];
  const result = new Map<string, IchAttributes[]>();
  if (ids.length === 0) return result;
  const p = new SqlParams();
  const links: Array<{ entry_id: unknown; item_key: string }> = await ctx.sources.hr.query(
    `SELECT entry_id, item_key FROM training_catalog_item WHERE ${p.in('entry_id', ids)}`,
    p.values,
  );
  const attributes = await ichAttributesByItemKey(ctx, links.map((l) => l.item_key));
  // In item-key order, so "an entry's first item" means the same in every answer.
  links.sort((a, b) => (a.item_key < b.item_key ? -1 : a.item_key > b.item_key ? 1 : 0));
  for (const link of links) {
    const found = attributes.get(link.item_key);
    if (!found) continue;
    const list = result.get(String(link.entry_id)) ?? [];
    list.push(found);
    result.set(String(link.entry_id), list);
  }
  return result;
}

/**
 * ICH_CATEGORY and/or ICH_LEVEL over a column naming items across the agency
 * boundary (an entry id, an item key). The look-up runs once, for the values
 * the SQL groups hold; a fact counts once under each distinct key its items
 * give, and under null when no item is known to culture. With `single`, a
 * fact counts once, under its first item's keys (for published figures:
 * groups that overlap could not be protected as parts of their total).
 */
export function ichDimension<K extends IchKeyValues>(
  column: string,
  wanted: { category: boolean; level: boolean },
  resolve: (values: unknown[]) => Promise<Map<string, IchAttributes[]>>,
  single = false,
): DimensionPlan<K> {
  let attributes = new Map<string, IchAttributes[]>();
  const project = (category: string | null, level: string | null): Partial<K> =>
    ({ ...(wanted.category ? { ichCategory: category } : {}), ...(wanted.level ? { ichLevel: level } : {}) }) as Partial<K>;
  const rank = (list: readonly string[], value: string | null) => (value === null ? 99 : list.indexOf(value));
  return {
    columns: [column],
    prepare: async (tuples) => {
      attributes = await resolve(tuples.map(([value]) => value).filter((value) => value != null));
    },
    keys: ([value]) => {
      const variants = new Map<string, Partial<K>>();
      const known = value == null ? [] : (attributes.get(String(value)) ?? []);
      for (const a of single ? known.slice(0, 1) : known) {
        const keys = project(a.category, a.level);
        variants.set(JSON.stringify(keys), keys);
      }
      return variants.size > 0 ? [...variants.values()] : [project(null, null)];
    },
    order: (k) => (wanted.category ? rank(HERITAGE_CATEGORIES, k.ichCategory) : 0) * 100 + (wanted.level ? rank(ICH_LEVELS, k.ichLevel) : 0),
  };
}
