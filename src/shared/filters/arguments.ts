import type { RequestContext } from '../../context';
import { badInput } from '../errors';
import { parseIchItemKey, validateUscc } from '../identifiers';
import { requireRegionCode } from '../regions';
import { SqlFilter } from '../sql/filter';

/** ICH item keys of a filter argument in any spelling, canonical; a malformed key is refused naming its index. */
export function requireItemKeys(argument: string, keys: readonly string[]): string[] {
  return keys.map((key, i) => {
    const parsed = parseIchItemKey(key);
    if (!parsed.ok) throw badInput(`${argument}[${i}]`, parsed.message);
    return parsed.value;
  });
}

/**
 * A USCC argument, normalised. Only the format is enforced: officially issued
 * codes that fail the checksums exist, and they must stay findable.
 */
export function requireUscc(argument: string, input: string): string {
  const result = validateUscc(input, { strict: false });
  if (!result.ok) throw badInput(argument, result.message);
  return result.value;
}

/** `column` in the region and everything under it; `argument` names the filter field in errors. */
export function regionSubtree(ctx: Pick<RequestContext, 'regions'>, sql: SqlFilter, column: string, argument: string, code: string): void {
  requireRegionCode(ctx.regions, argument, code);
  sql.in(column, ctx.regions.subtreeCodes(code));
}

/** An inclusive range of business dates; To before From names the `To` argument. */
export function dateRange(sql: SqlFilter, column: string, prefix: string, name: string, from?: string | null, to?: string | null): void {
  if (from && to && to < from) throw badInput(`${prefix}.${name}To`, `must not be before ${name}From (${from}), got ${to}`);
  if (from) sql.add(`${column} >= ?`, from);
  if (to) sql.add(`${column} <= ?`, to);
}
