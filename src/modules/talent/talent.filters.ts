import { RequestContext } from '../../context';
import { dateRange, regionSubtree } from '../../shared/filters/arguments';
import { SqlFilter } from '../../shared/sql/filter';

/** `column` in the region's subtree, after checking the code; nothing when no code is given. */
export function regionSubtreeSql(ctx: RequestContext, sql: SqlFilter, argument: string, column: string, code: string | null | undefined): void {
  if (code) regionSubtree(ctx, sql, column, argument, code);
}

/** An inclusive date range `<x>From`/`<x>To` on a DATE column; a To before From names the To argument. */
export function dateRangeSql(
  sql: SqlFilter,
  argument: string,
  column: string,
  [fromName]: [`${string}From`, `${string}To`],
  from: string | null | undefined,
  to: string | null | undefined,
): void {
  dateRange(sql, column, argument, fromName.slice(0, -'From'.length), from, to);
}
