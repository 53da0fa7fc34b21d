import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { SqlFilter } from '../../shared/sql/filter';
import { requireRegionCode } from '../region/region.service';

/** `column` in the region's subtree, after checking the code. */
export function regionSubtreeSql(ctx: RequestContext, sql: SqlFilter, argument: string, column: string, code: string | null | undefined): void {
  if (!code) return;
  requireRegionCode(ctx.regions, argument, code);
  sql.in(column, ctx.regions.subtreeCodes(code));
}

/** An inclusive date range `<x>From`/`<x>To` on a DATE column; a To before From names the To argument. */
export function dateRangeSql(
  sql: SqlFilter,
  argument: string,
  column: string,
  [fromName, toName]: [string, string],
  from: string | null | undefined,
  to: string | null | undefined,
): void {
  if (from && to && to < from) throw badInput(`${argument}.${toName}`, `must not be before ${fromName} (${from}), got ${to}`);
  if (from) sql.add(`${column} >= ?`, from);
  if (to) sql.add(`${column} <= ?`, to);
}
