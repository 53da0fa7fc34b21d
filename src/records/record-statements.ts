import { Kysely, RawBuilder, sql, SqlBool } from 'kysely';
import { Ordering, requireCursorRowId, Window } from '../shared/relay/paging';
import type { LinkPairs } from './record-definition';
import { allOf, anyOf, Condition, RecordWhere } from './record-where';

/** The alias of the record's table in the statements below; nothing outside this file knows it. */
export const ALIAS = 'rec';
const LINK_ALIAS = 'link';

// The machinery builds statements over any record table: names come from definitions the compiler has checked.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Where child rows take their parent key: a column of the record, of a link table joined to it, or of (parent, record) pairs joined to it. */
export interface ParentColumn {
  column: string;
  through?: { table: string; column: string; joins: string; on: string };
  pairs?: LinkPairs;
}

export function recordWhere<Row, Tables>(db: Kysely<Tables>): RecordWhere<Row, Tables> {
  return new RecordWhere<Row, Tables>(db, ALIAS);
}

export function columnRef(column: string, alias = ALIAS): RawBuilder<unknown> {
  return sql.ref(`${alias}.${column}`);
}

function orderParts(ordering: Ordering) {
  return [...ordering.columns.map((c) => ({ column: c.property, direction: c.direction })), { column: 'id', direction: 'ASC' as const }];
}

/** ORDER BY of an ordering over a table alias, reversed when paging backward; the row id ends it. */
export function orderSql(ordering: Ordering, backward: boolean, alias = ALIAS): RawBuilder<unknown> {
  return sql.join(
    orderParts(ordering).map(({ column, direction }) => sql`${columnRef(column, alias)} ${sql.raw((direction === 'ASC') !== backward ? 'asc' : 'desc')}`),
  );
}

/**
 * The rows strictly after (or before) the cursor: an OR of prefixes, which
 * works for mixed directions and stays right when rows are inserted between
 * two page requests.
 */
export function keysetCondition(ordering: Ordering, window: Window): Condition | null {
  if (!window.cursor) return null;
  requireCursorRowId(window);
  const cursor = window.cursor;
  const parts = orderParts(ordering);
  return anyOf(
    parts.map((part, i) => {
      const forward = (part.direction === 'ASC') !== window.backward;
      const equalities = parts.slice(0, i).map((earlier, j) => sql<SqlBool>`${columnRef(earlier.column)} = ${cursor[j]}`);
      return allOf([...equalities, sql<SqlBool>`${columnRef(part.column)} ${sql.raw(forward ? '>' : '<')} ${cursor[i]}`]);
    }),
  );
}

export function from(db: AnyDb, table: string, parent?: ParentColumn) {
  const base = db.selectFrom(`${table} as ${ALIAS}`);
  if (parent?.pairs) return base.innerJoin(parent.pairs.as(LINK_ALIAS), `${LINK_ALIAS}.record`, `${ALIAS}.id`);
  if (!parent?.through) return base;
  const link = parent.through;
  return base.innerJoin(`${link.table} as ${LINK_ALIAS}`, `${LINK_ALIAS}.${link.joins}`, `${ALIAS}.${link.on}`);
}

export function parentRef(parent: ParentColumn): RawBuilder<unknown> {
  if (parent.pairs) return sql.ref(`${LINK_ALIAS}.parent`);
  return parent.through ? sql.ref(`${LINK_ALIAS}.${parent.through.column}`) : columnRef(parent.column);
}

/** One page of a root list: its rows and one more, to tell whether rows follow. */
export function pageStatement(db: AnyDb, table: string, where: Condition, ordering: Ordering, window: Window) {
  return from(db, table)
    .selectAll(ALIAS)
    .where(allOf([where, keysetCondition(ordering, window)]))
    .orderBy(orderSql(ordering, window.backward))
    .limit(window.size + 1);
}

export function countStatement(db: AnyDb, table: string, where: Condition) {
  return from(db, table).select(sql<number>`count(*)`.as('n')).where(where);
}

/**
 * Pages of a child list for many parents in ONE statement: ROW_NUMBER()
 * partitioned by parent picks each parent's page and one more row (MariaDB
 * 10.2+, MySQL 8, SQLite 3.25+).
 */
export function pagesStatement(db: AnyDb, table: string, parent: ParentColumn, parents: readonly unknown[], where: Condition, ordering: Ordering, window: Window) {
  const key = parentRef(parent);
  const rows = from(db, table, parent)
    .selectAll(ALIAS)
    .select(key.as('__parent'))
    .select(sql<number>`row_number() over (partition by ${key} order by ${orderSql(ordering, window.backward)})`.as('__rn'))
    .where(allOf([sql<SqlBool>`${key} in (${sql.join(parents)})`, where, keysetCondition(ordering, window)]));
  return db.selectFrom(rows.as('w')).selectAll().where('w.__rn', '<=', window.size + 1);
}

/** How many rows each parent has under the filter: one GROUP BY. */
export function countsStatement(db: AnyDb, table: string, parent: ParentColumn, parents: readonly unknown[], where: Condition) {
  const key = parentRef(parent);
  return from(db, table, parent)
    .select([key.as('p'), sql<number>`count(*)`.as('n')])
    .where(allOf([sql<SqlBool>`${key} in (${sql.join(parents)})`, where]))
    .groupBy(key);
}

/** Rows whose column is one of the keys (row ids, foreign keys, natural keys), in the ordering's order. */
export function rowsByColumnStatement(db: AnyDb, table: string, column: string, keys: readonly unknown[], where: Condition, ordering: Ordering) {
  return from(db, table)
    .selectAll(ALIAS)
    .where(allOf([sql<SqlBool>`${columnRef(column)} in (${sql.join(keys)})`, where]))
    .orderBy(orderSql(ordering, false));
}

/** Rows under each of the parent keys through a link, whole lists (no paging), with the parent key as `__parent`. */
export function rowsByParentStatement(db: AnyDb, table: string, parent: ParentColumn, parents: readonly unknown[], where: Condition, ordering: Ordering) {
  const key = parentRef(parent);
  return from(db, table, parent)
    .selectAll(ALIAS)
    .select(key.as('__parent'))
    .where(allOf([sql<SqlBool>`${key} in (${sql.join(parents)})`, where]))
    .orderBy(orderSql(ordering, false));
}
