import type { RequestContext } from '../../context';
import { naturalKey } from '../../records';
import { HERITAGE_ITEM, HeritageItemRecord } from './heritage.record';

/**
 * Items by any of their listing keys (normalised `LEVEL:number:area`): the
 * one lookup of this natural key, for reads, filings, imports and
 * statistics. An extension listing's key resolves to its item, and an
 * item's own key is its first listing's.
 */
export const ITEM_BY_LISTING_KEY = naturalKey(HERITAGE_ITEM, { link: 'listingKey' });

/** A whole item by any listing key, through the request's loader (one statement per batch): null for a key no listing has. */
export function heritageItemByListingKey(ctx: RequestContext, key: string): Promise<HeritageItemRecord | null> {
  return ITEM_BY_LISTING_KEY.load(ctx, key);
}
