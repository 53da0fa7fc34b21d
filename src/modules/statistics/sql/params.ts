/**
 * Positional parameters collected while a statement is written left to right:
 * `${p.value(x)}` writes `?` and remembers x, so text and parameters cannot
 * drift apart however many conditions repeat the same dates.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  value(v: unknown): string {
    this.values.push(v);
    return '?';
  }

  /** `column IN (?, …)`; an empty list matches nothing. */
  in(column: string, values: readonly unknown[]): string {
    if (values.length === 0) return '1 = 0';
    return `${column} IN (${values.map((v) => this.value(v)).join(', ')})`;
  }

  /** ` AND (<filter>)` with its parameters, or nothing when there is no filter (a viewer with no row scope). */
  andFilter(filter: { sql: string; params: readonly unknown[] } | undefined): string {
    if (!filter) return '';
    this.values.push(...filter.params);
    return ` AND (${filter.sql})`;
  }

  /** `column` within an inclusive range of business dates. */
  between(column: string, from: string, to: string): string {
    return `${column} >= ${this.value(from)} AND ${column} <= ${this.value(to)}`;
  }
}
