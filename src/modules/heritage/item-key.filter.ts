import { badInput } from '../../shared/errors';
import { parseIchItemKey } from '../../shared/identifiers';
import { SqlFilter } from '../../shared/sql/filter';

/** Item keys of a filter argument, normalised; a malformed key is refused naming its index. */
export function requireItemKeys(argument: string, keys: readonly string[]): string[] {
  return keys.map((key, i) => {
    const parsed = parseIchItemKey(key);
    if (!parsed.ok) throw badInput(`${argument}[${i}]`, parsed.message);
    return parsed.value;
  });
}

/**
 * `<itemIdColumn> IN (the items these keys name)`. Any listing's key names its
 * item: an item's own key is its first listing's, and HR records may cite an
 * extension listing instead.
 */
export function itemIdIn(itemIdColumn: string, keys: readonly string[]): SqlFilter {
  const listed = new SqlFilter().in('li.listing_key', keys);
  return new SqlFilter().add(`${itemIdColumn} IN (SELECT li.item_id FROM heritage_listing li WHERE ${listed.sql})`, ...listed.params);
}
