import { Expression, Kysely, RawBuilder, SelectQueryBuilder, sql, SqlBool } from 'kysely';
import { MAX_SEARCH_TEXT_LENGTH, requireTextLength } from '../shared/filters/text-limits';

/** A condition of a WHERE clause, built by the SQL builder: values are always parameters. */
export type Condition = Expression<SqlBool>;

export type Comparison = '=' | '<>' | '<' | '<=' | '>' | '>=';

const TRUE = sql<SqlBool>`1 = 1`;
const FALSE = sql<SqlBool>`1 = 0`;

/** All of the conditions (true for none); nulls are left out, so filters can list terms that may not apply. */
export function allOf(conditions: ReadonlyArray<Condition | null | undefined | false>): Condition {
  const present = conditions.filter((c): c is Condition => !!c);
  if (present.length === 0) return TRUE;
  if (present.length === 1) return present[0];
  return sql<SqlBool>`(${sql.join(present.map((c) => sql`(${c})`), sql` and `)})`;
}

/** Any of the conditions (false for none). */
export function anyOf(conditions: ReadonlyArray<Condition>): Condition {
  if (conditions.length === 0) return FALSE;
  if (conditions.length === 1) return conditions[0];
  return sql<SqlBool>`(${sql.join(conditions.map((c) => sql`(${c})`), sql` or `)})`;
}

export function not(condition: Condition): Condition {
  return sql<SqlBool>`not (${condition})`;
}

/**
 * Conditions over the rows of one record table, naming columns by the
 * entity's properties (typed by `Row`). Where the table sits in a statement,
 * and under which alias, is the statement's business: a filter or a row
 * scope written with this composes with any statement over the table.
 * `db` builds subqueries over the same source's other tables.
 */
export class RecordWhere<Row, Tables = unknown> {
  constructor(
    readonly db: Kysely<Tables>,
    private readonly alias: string,
  ) {}

  /** A column of this row, for comparisons with other tables' columns in subqueries. */
  col<C extends keyof Row & string>(column: C): RawBuilder<Row[C]> {
    return sql.ref(`${this.alias}.${column}`) as RawBuilder<Row[C]>;
  }

  compare<C extends keyof Row & string>(column: C, op: Comparison, value: unknown): Condition {
    return sql<SqlBool>`${this.col(column)} ${sql.raw(op)} ${value}`;
  }

  equals<C extends keyof Row & string>(column: C, value: NonNullable<Row[C]> | boolean): Condition {
    return this.compare(column, '=', value);
  }

  /** `column IN (…)`; an empty list matches nothing, as a filter on an empty set should. */
  in<C extends keyof Row & string>(column: C, values: readonly unknown[]): Condition {
    if (values.length === 0) return FALSE;
    return sql<SqlBool>`${this.col(column)} in (${sql.join(values)})`;
  }

  notIn<C extends keyof Row & string>(column: C, values: readonly unknown[]): Condition {
    if (values.length === 0) return TRUE;
    return sql<SqlBool>`${this.col(column)} not in (${sql.join(values)})`;
  }

  /** `column IN (subquery)`; the builder parenthesises a select query itself. */
  inQuery<C extends keyof Row & string>(column: C, subquery: SelectQueryBuilder<any, any, any>): Condition { // eslint-disable-line @typescript-eslint/no-explicit-any
    return sql<SqlBool>`${this.col(column)} in ${subquery}`;
  }

  isNull<C extends keyof Row & string>(column: C, isNull = true): Condition {
    return isNull ? sql<SqlBool>`${this.col(column)} is null` : sql<SqlBool>`${this.col(column)} is not null`;
  }

  /** Case-insensitive substring match with LIKE wildcards escaped; a text over MAX_SEARCH_TEXT_LENGTH is refused naming `argument`. */
  contains<C extends keyof Row & string>(column: C, text: string, argument: string): Condition {
    requireTextLength(argument, text, MAX_SEARCH_TEXT_LENGTH);
    // '!' rather than backslash: MySQL and SQLite disagree on backslashes in literals.
    const escaped = text.replace(/[!%_]/g, (c) => `!${c}`);
    return sql<SqlBool>`lower(${this.col(column)}) like lower(${`%${escaped}%`}) escape '!'`;
  }

  exists(subquery: SelectQueryBuilder<any, any, any>, exists = true): Condition { // eslint-disable-line @typescript-eslint/no-explicit-any
    return exists ? sql<SqlBool>`exists ${subquery}` : sql<SqlBool>`not exists ${subquery}`;
  }
}
