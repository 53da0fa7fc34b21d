import { RequestContext } from '../../context';
import { HERITAGE_CATEGORIES, ICH_LEVELS } from '../../sources/culture';
import { ITEM_BY_LISTING_KEY } from '../heritage/heritage-item.lookups';
import { DimensionPlan } from './group-by';
import { IchKeyValues } from './dimensions';
import { SqlParams } from './sql/params';
import { dialectOf } from '../../sources/sql-builder';

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
export async function ichAttributesByCatalogEntry(ctx: RequestContext, entryIds: readonly unknown[] | 'all'): Promise<Map<string, IchAttributes[]>> {
  const ids = entryIds === 'all' ? [] : [...new Set(entryIds.map((id) => Number(id)))];
  const result = new Map<string, IchAttributes[]>();
  if (entryIds !== 'all' && ids.length === 0) return result;
  const p = new SqlParams();
  // The whole catalogue's links are few (about one item per programme): 'all' reads them without a key list.
  const links: Array<{ entry_id: unknown; item_key: string }> = await ctx.sources.hr.query(
    `SELECT entry_id, item_key FROM training_catalog_item${entryIds === 'all' ? '' : ` WHERE ${p.in('entry_id', ids)}`}`,
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

/** The distinct key variants a fact with these items counts under (its first item's alone when `single`); none when no item is known. */
function variantsOf(known: readonly IchAttributes[], wanted: { category: boolean; level: boolean }, single: boolean): Array<{ category: string | null; level: string | null }> {
  const variants = new Map<string, { category: string | null; level: string | null }>();
  for (const a of single ? known.slice(0, 1) : known) {
    const v = { category: wanted.category ? a.category : null, level: wanted.level ? a.level : null };
    variants.set(JSON.stringify(v), v);
  }
  return [...variants.values()];
}

const rank = (list: readonly string[], value: string | null) => (value === null ? 99 : list.indexOf(value));

/**
 * ICH_CATEGORY and/or ICH_LEVEL of the programme a fact is placed in
 * (`column` names its catalogue entry), grouped in SQL: the whole
 * catalogue's attributes are looked up first (one hr statement for the
 * links, one culture statement for the items) and joined to the facts as a
 * table of parameters, so the statement returns one group per category
 * rather than one per programme. Counts as ichDimension does: once under
 * each distinct key of the programme's items (once, under its first item's,
 * with `single`), under null when no item is known; the total counts each
 * fact once (the join's weight).
 */
export function ichEntryDimension<K extends IchKeyValues>(
  ctx: RequestContext,
  column: string,
  wanted: { category: boolean; level: boolean },
  single: boolean,
): DimensionPlan<K> {
  let attributes = new Map<string, IchAttributes[]>();
  return {
    columns: [...(wanted.category ? ['ich.ich_category'] : []), ...(wanted.level ? ['ich.ich_level'] : [])],
    before: async () => {
      attributes = await ichAttributesByCatalogEntry(ctx, 'all');
    },
    join: () => {
      // A first row no entry matches gives the table its column types, whatever the catalogue holds.
      const rows: unknown[][] = [[-1, null, null, 0]];
      for (const [entry, known] of attributes) {
        variantsOf(known, wanted, single).forEach((v, i) => rows.push([Number(entry), v.category, v.level, i === 0 ? 1 : 0]));
      }
      // SQLite caps compound SELECTs at 500 terms but not VALUES rows; MySQL 8 spells VALUES rows differently: each its own.
      const table =
        dialectOf(ctx.sources.hr) === 'sqlite'
          ? `SELECT column1 AS entry_id, column2 AS ich_category, column3 AS ich_level, column4 AS w FROM (VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')})`
          : rows.map((_, i) => (i === 0 ? 'SELECT ? AS entry_id, ? AS ich_category, ? AS ich_level, ? AS w' : 'SELECT ?, ?, ?, ?')).join(' UNION ALL ');
      return { sql: `LEFT JOIN (${table}) ich ON ich.entry_id = ${column}`, params: rows.flat(), weight: 'COALESCE(ich.w, 1)' };
    },
    keys: (values) => {
      const [first, second] = values;
      const category = wanted.category ? ((first as string | null) ?? null) : null;
      const level = wanted.level ? (((wanted.category ? second : first) as string | null) ?? null) : null;
      return [{ ...(wanted.category ? { ichCategory: category } : {}), ...(wanted.level ? { ichLevel: level } : {}) } as Partial<K>];
    },
    order: (k) => (wanted.category ? rank(HERITAGE_CATEGORIES, k.ichCategory) : 0) * 100 + (wanted.level ? rank(ICH_LEVELS, k.ichLevel) : 0),
  };
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
  return {
    columns: [column],
    prepare: async (tuples) => {
      attributes = await resolve(tuples.map(([value]) => value).filter((value) => value != null));
    },
    keys: ([value]) => {
      const variants = variantsOf(value == null ? [] : (attributes.get(String(value)) ?? []), wanted, single);
      return variants.length > 0 ? variants.map((v) => project(v.category, v.level)) : [project(null, null)];
    },
    order: (k) => (wanted.category ? rank(HERITAGE_CATEGORIES, k.ichCategory) : 0) * 100 + (wanted.level ? rank(ICH_LEVELS, k.ichLevel) : 0),
  };
}
