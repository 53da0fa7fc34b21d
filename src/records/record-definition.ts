import type { AliasableExpression, Kysely } from 'kysely';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { SourceName } from '../config';
import type { SourceTables } from '../sources/sql-builder';
import type { PersonLink } from '../auth/person-scope';
import type { NodeRecord } from '../shared/sql/record';
import type { FilterQuery } from './record-filter';
import type { Condition } from './record-where';

/** The tables of a source, and the row type of one of them. */
export type TablesOf<S extends SourceName> = SourceTables[S];
export type TableName<S extends SourceName> = keyof TablesOf<S> & string;
export type RowOf<S extends SourceName, T extends TableName<S>> = TablesOf<S>[T];

/** One column of an ordering, named by the entity's property. */
export interface OrderPart<Row> {
  column: keyof Row & string;
  direction: 'ASC' | 'DESC';
}

export function asc<C extends string>(column: C): { column: C; direction: 'ASC' } {
  return { column, direction: 'ASC' };
}

export function desc<C extends string>(column: C): { column: C; direction: 'DESC' } {
  return { column, direction: 'DESC' };
}

/** Pairs of a parent key and the row id of a record under it, `parent` and `record`, as a select over a source's tables. */
export type LinkPairs = AliasableExpression<{ parent: string | number; record: number }>;

/**
 * How child rows hang from a parent key: a column of the record's own table
 * (`operatorUscc`), or a column of a link table joined to it (`itemId` of
 * `workshopHeritageItem`, joined on `workshopId` = the record's `id`), or,
 * for a link across several tables, a select of distinct (parent key, record
 * row id) pairs (the persons trained by a provider: enrolment → cohort → provider).
 * `normalise` brings a parent key in any accepted spelling to the stored one.
 */
export type ParentLink<S extends SourceName, Row> =
  | { column: keyof Row & string; normalise?: (key: string) => string }
  | {
      through: { [J in TableName<S>]: { table: J; column: keyof RowOf<S, J> & string; joins: keyof RowOf<S, J> & string; on: keyof Row & string } }[TableName<S>];
      normalise?: (key: string) => string;
    }
  | { pairs: (db: Kysely<TablesOf<S>>) => LinkPairs; normalise?: (key: string) => string };

/**
 * One record type, defined once: where it lives (source, table, entity),
 * what it is called (GraphQL type, which is also its global-id prefix), how
 * its rows belong to persons (the row scope of a region-limited viewer), its
 * orderings, its filter, and the links by which it hangs under parents.
 * The machinery in `record-reader.ts` derives from it the by-id and by-key
 * loaders, the root list with `totalCount`, the nested pages (one windowed
 * statement for all parents) and `node(id:)`.
 */
export interface RecordDefinition<
  S extends SourceName,
  T extends TableName<S>,
  E extends ObjectLiteral,
  F,
  O extends string,
  L extends string,
  R extends { rowId: number } = NodeRecord<E>,
> {
  typename: string;
  /** camelCase plural, for loader names (`workshopRecognitions` → `workshopRecognitionsById`); default typename + s. */
  plural?: string;
  source: S;
  table: T;
  entity: EntityTarget<E>;
  /** How rows belong to persons; absent for records that are not about persons. */
  personLink?: PersonLink;
  /** Each orderBy value: its columns (the row id breaks ties and ends every ordering). */
  orderings: Record<O, ReadonlyArray<OrderPart<RowOf<S, T>>>>;
  /** The conditions a filter input puts on the rows; absent terms give null. */
  // A method, so that definitions with their own filter types are all AnyRecordDefinitions.
  filter?(input: F, q: FilterQuery<F, RowOf<S, T>, TablesOf<S>>): ReadonlyArray<Condition | null | undefined | false>;
  links?: Record<L, ParentLink<S, RowOf<S, T>>>;
  /** False for a record that is not a Node (no global id of its own). */
  node?: boolean;
  /**
   * The record resolvers get, built from the row as the entity hydrates it,
   * for a type whose shape is not the row's (a value derived from columns, a
   * global id by natural key); absent, the hydrated row is the record. Keep
   * `rowId` and the ordering columns: cursors are read from them.
   */
  // A method, for the same reason as `filter`.
  hydrate?(row: NodeRecord<E>): R;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the machinery reads any definition through its own narrow view
export type AnyRecordDefinition = RecordDefinition<any, any, ObjectLiteral, any, string, string, { rowId: number }>;

/** Identity with inference: `defineRecord({ … })` checks every column name against the source's tables. */
export function defineRecord<
  S extends SourceName,
  T extends TableName<S>,
  E extends ObjectLiteral,
  F = unknown,
  O extends string = 'ID',
  L extends string = never,
  R extends { rowId: number } = NodeRecord<E>,
>(definition: RecordDefinition<S, T, E, F, O, L, R>): RecordDefinition<S, T, E, F, O, L, R> {
  return definition;
}
