import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { runSql, sqlOf } from '../../sources/sql-builder';
import { HERITAGE_ITEM, HeritageItemRecord } from './heritage.record';

/** What a listing key tells about its item, for filings, imports and statistics. */
export interface ListedItem {
  itemId: number;
  /** The item's own key (its first listing's), which HR records cite. */
  itemKey: string;
  category: string;
  level: string;
}

/** Far above the distinct item keys of any record set, below every backend's parameter limit. */
const KEYS_PER_STATEMENT = 10_000;

/**
 * Items by any of their listing keys (normalised `LEVEL:number:area`), the
 * ONE lookup of this natural key: an extension listing's key resolves to its
 * item. One statement per ten thousand keys, in a transaction when given one.
 */
export async function itemsByListingKey(ctx: Pick<RequestContext, 'sources'>, keys: Iterable<string>, on?: EntityManager): Promise<Map<string, ListedItem>> {
  const unique = [...new Set(keys)];
  const found = new Map<string, ListedItem>();
  const db = sqlOf('culture', ctx.sources.culture);
  for (let i = 0; i < unique.length; i += KEYS_PER_STATEMENT) {
    const statement = db
      .selectFrom('heritageListing as listing')
      .innerJoin('heritageItem as item', 'item.id', 'listing.itemId')
      .select(['listing.listingKey', 'item.id', 'item.itemKey', 'item.category', 'item.level'])
      .where('listing.listingKey', 'in', unique.slice(i, i + KEYS_PER_STATEMENT));
    const rows = await runSql<{ listing_key: string; id: unknown; item_key: string; category: string; level: string }>(on ?? ctx.sources.culture, statement);
    for (const row of rows) found.set(row.listing_key, { itemId: Number(row.id), itemKey: row.item_key, category: row.category, level: row.level });
  }
  return found;
}

/** Whole items by any listing key, as a request's loader (one statement per batch): null for a key no listing has. */
export function heritageItemByListingKey(ctx: RequestContext, key: string): Promise<HeritageItemRecord | null> {
  return recordsOf(ctx, HERITAGE_ITEM)
    .byLink<string>('listingKey')
    .load(key)
    .then((items) => items[0] ?? null);
}
