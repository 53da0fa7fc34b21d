import { SqlFilter } from '../../shared/sql/filter';

export { requireItemKeys } from '../../shared/filters/arguments';

/**
 * `<itemIdColumn> IN (the items these keys name)`. Any listing's key names its
 * item: an item's own key is its first listing's, and HR records may cite an
 * extension listing instead.
 */
export function itemIdIn(itemIdColumn: string, keys: readonly string[]): SqlFilter {
  const listed = new SqlFilter().in('li.listing_key', keys);
  return new SqlFilter().add(`${itemIdColumn} IN (SELECT li.item_id FROM heritage_listing li WHERE ${listed.sql})`, ...listed.params);
}
