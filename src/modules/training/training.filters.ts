import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { parseIchItemKey, validateUscc } from '../../shared/identifiers';
import { SqlFilter } from '../../shared/sql/filter';
import { requireRegionCode } from '../region/region.service';

/** `column` in the region and everything under it; `argument` names the filter field in errors. */
export function regionSubtree(ctx: RequestContext, sql: SqlFilter, column: string, argument: string, code: string): void {
  requireRegionCode(ctx.regions, argument, code);
  sql.in(column, ctx.regions.subtreeCodes(code));
}

/** An inclusive range of business dates; To before From names the `To` argument. */
export function dateRange(sql: SqlFilter, column: string, prefix: string, name: string, from?: string | null, to?: string | null): void {
  if (from && to && to < from) throw badInput(`${prefix}.${name}To`, `must not be before ${name}From (${from}), got ${to}`);
  if (from) sql.add(`${column} >= ?`, from);
  if (to) sql.add(`${column} <= ?`, to);
}

/** Canonical item keys; any spelling of the number is accepted. */
export function itemKeysArgument(argument: string, keys: readonly string[]): string[] {
  return keys.map((k, i) => {
    const parsed = parseIchItemKey(k);
    if (!parsed.ok) throw badInput(`${argument}[${i}]`, parsed.message);
    return parsed.value;
  });
}

/**
 * A USCC argument, normalised. Checksum failures are tolerated (officially
 * issued codes that fail them exist, and the records carry them as issued);
 * a code of the wrong shape is refused.
 */
export function usccArgument(argument: string, uscc: string): string {
  const parsed = validateUscc(uscc, { strict: false });
  if (!parsed.ok) throw badInput(argument, parsed.message);
  return parsed.value;
}
