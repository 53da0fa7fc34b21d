import { badInput } from '../../shared/errors';
import { SqlFilter } from '../../shared/sql/filter';

/**
 * `<column>` between two optional bounds, both included; `to` before `from`
 * is refused naming the `to` argument.
 */
export function inRange<T extends number | string>(
  sql: SqlFilter,
  column: string,
  from: { argument: string; value: T | null | undefined },
  to: { argument: string; value: T | null | undefined },
): SqlFilter {
  if (from.value != null && to.value != null && to.value < from.value) {
    const fromName = from.argument.split('.').pop();
    throw badInput(to.argument, `must not be before ${fromName} (${from.value}), got ${to.value}`);
  }
  if (from.value != null) sql.add(`${column} >= ?`, from.value);
  if (to.value != null) sql.add(`${column} <= ?`, to.value);
  return sql;
}
