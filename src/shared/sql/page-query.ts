import { DataSource } from 'typeorm';
import { ConnectionValue, PageInfo } from '../relay/connection';
import { encodeCursor, Ordering, PagingArgs, pagingWindow, Window } from '../relay/paging';
import { SqlFilter } from './filter';
import { cursorValues, keysetFilter, orderBySql } from './keyset';
import { RecordSource, scoped } from '../loaders/rows-by-id';

/** R is the record type: an entity's NodeRecord, or any record with a rowId. */
export interface ListQuery<R extends { rowId: number }> {
  hydrator: RecordSource<R>;
  /** FROM clause; the listed table must be aliased `t`. Defaults to `<table> t`. */
  from?: string;
  filter: SqlFilter;
  ordering: Ordering;
}

function connection<R extends { rowId: number }>(rows: R[], ordering: Ordering, window: Window, more: boolean, count: () => Promise<number>): ConnectionValue<R> {
  if (window.backward) rows.reverse();
  const edges = rows.map((node) => ({ cursor: encodeCursor(ordering, cursorValues(ordering, node as unknown as Record<string, unknown>)), node }));
  const pageInfo: PageInfo = {
    hasNextPage: window.backward ? window.hadCursor : more,
    hasPreviousPage: window.backward ? more : window.hadCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** One page of a root list: one SELECT, and one COUNT only if `totalCount` is read. */
export async function pageOf<R extends { rowId: number }>(dataSource: DataSource, query: ListQuery<R>, args: PagingArgs): Promise<ConnectionValue<R>> {
  const window = pagingWindow(args, query.ordering);
  const from = query.from ?? `${dataSource.driver.escape(query.hydrator.table)} t`;
  const filter = scoped(query.filter, query.hydrator);
  const where = new SqlFilter().merge(filter).merge(keysetFilter(query.ordering, 't.id', window));
  const sql = `SELECT t.* FROM ${from} WHERE ${where.sql} ORDER BY ${orderBySql(query.ordering, 't.id', window.backward)} LIMIT ${window.size + 1}`;
  // Even for first: 0 the statement runs (LIMIT 1): hasNextPage must say whether rows follow.
  const raw: Array<Record<string, unknown>> = await dataSource.query(sql, where.params);
  const rows = raw.slice(0, window.size).map((r) => query.hydrator.hydrate(r));
  return connection(rows, query.ordering, window, raw.length > window.size, async () => {
    const counted: Array<{ n: unknown }> = await dataSource.query(`SELECT COUNT(*) AS n FROM ${from} WHERE ${filter.sql}`, filter.params);
    return Number(counted[0].n);
  });
}

export interface ChildListQuery<R extends { rowId: number }> extends ListQuery<R> {
  /** SQL expression of the parent key in `from`, e.g. `t.item_id` or `j.item_key`. */
  parentColumn: string;
}

/**
 * Pages of a child list for many parents in ONE statement: ROW_NUMBER()
 * partitioned by parent picks each parent's page (MariaDB 10.2+, MySQL 8,
 * SQLite 3.25+). Counts, when asked for, are one GROUP BY statement.
 */
export async function pagesByParent<R extends { rowId: number }, K extends string | number>(
  dataSource: DataSource,
  query: ChildListQuery<R>,
  parents: readonly K[],
  args: PagingArgs,
): Promise<Array<ConnectionValue<R>>> {
  const window = pagingWindow(args, query.ordering);
  const from = query.from ?? `${dataSource.driver.escape(query.hydrator.table)} t`;
  const unique = [...new Set(parents)];
  const scope = new SqlFilter().in(query.parentColumn, unique).merge(scoped(query.filter, query.hydrator));
  const where = new SqlFilter().merge(scope).merge(keysetFilter(query.ordering, 't.id', window));
  const order = orderBySql(query.ordering, 't.id', window.backward);
  const byParent = new Map<string, R[]>();
  const more = new Set<string>();
  if (unique.length > 0) {
    const sql =
      `SELECT * FROM (SELECT t.*, ${query.parentColumn} AS __parent, ROW_NUMBER() OVER (PARTITION BY ${query.parentColumn} ORDER BY ${order}) AS __rn ` +
      `FROM ${from} WHERE ${where.sql}) w WHERE w.__rn <= ${window.size + 1}`;
    const raw: Array<Record<string, unknown>> = await dataSource.query(sql, where.params);
    raw.sort((a, b) => Number(a.__rn) - Number(b.__rn));
    for (const r of raw) {
      const parent = String(r.__parent);
      if (Number(r.__rn) > window.size) {
        more.add(parent);
        continue;
      }
      const list = byParent.get(parent) ?? [];
      list.push(query.hydrator.hydrate(r));
      byParent.set(parent, list);
    }
  }
  let counts: Promise<Map<string, number>> | undefined;
  const countAll = () =>
    (counts ??= (async () => {
      const rows: Array<{ p: unknown; n: unknown }> = await dataSource.query(
        `SELECT ${query.parentColumn} AS p, COUNT(*) AS n FROM ${from} WHERE ${scope.sql} GROUP BY ${query.parentColumn}`,
        scope.params,
      );
      return new Map(rows.map((r) => [String(r.p), Number(r.n)]));
    })());
  return parents.map((parent) =>
    connection(byParent.get(String(parent)) ?? [], query.ordering, window, more.has(String(parent)), async () => (await countAll()).get(String(parent)) ?? 0),
  );
}
