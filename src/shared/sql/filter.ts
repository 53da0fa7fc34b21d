import { MAX_SEARCH_TEXT_LENGTH, requireTextLength } from '../filters/text-limits';

/**
 * A WHERE clause built from parts, with positional `?` parameters (both
 * mysql2 and better-sqlite3 take them). Column names come from code, never
 * from clients; values always travel as parameters.
 */
export class SqlFilter {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.clauses.push(sql);
    this.params.push(...params);
    return this;
  }

  /** `column IN (…)`; an empty list matches nothing, as a filter on an empty set should. */
  in(column: string, values: readonly unknown[]): this {
    if (values.length === 0) return this.add('1 = 0');
    return this.add(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  /** Case-insensitive substring match with LIKE wildcards escaped; a text over MAX_SEARCH_TEXT_LENGTH is refused naming `argument`. */
  contains(column: string, text: string, argument: string): this {
    requireTextLength(argument, text, MAX_SEARCH_TEXT_LENGTH);
    // '!' rather than backslash: MySQL and SQLite disagree on backslashes in literals.
    const escaped = text.replace(/[!%_]/g, (c) => `!${c}`);
    return this.add(`LOWER(${column}) LIKE LOWER(?) ESCAPE '!'`, `%${escaped}%`);
  }

  merge(other: SqlFilter): this {
    this.clauses.push(...other.clauses);
    this.params.push(...other.params);
    return this;
  }

  get sql(): string {
    return this.clauses.length === 0 ? '1 = 1' : this.clauses.map((c) => `(${c})`).join(' AND ');
  }
}
