import { RequestContext } from '../../context';
import { SourceName } from '../../config';
import { SqlFilter } from '../sql/filter';
import { byKey, groupByKey } from './loader-registry';

/** What the loaders need of a hydrator: the table and the raw-row → record mapping. */
export interface RecordSource<R> {
  table: string;
  hydrate(raw: Record<string, unknown>): R;
  /**
   * Rows this viewer may see (over alias `t`), e.g. persons of a partner's
   * region: every list, page and loader over the source applies it.
   */
  scope?: SqlFilter;
}

/** The filter and the source's viewer scope together. */
export function scoped(filter: SqlFilter, source: RecordSource<unknown>): SqlFilter {
  return source.scope ? new SqlFilter().merge(filter).merge(source.scope) : filter;
}

/**
 * The loader of records by row id for one table: one `IN (…)` statement per
 * batch, results in key order with null for a miss. Named `<things>ById`.
 */
export function rowsById<R extends { rowId: number }>(ctx: RequestContext, source: SourceName, records: () => RecordSource<R>, name: string) {
  return ctx.loaders.get<number, R | null>(name, undefined, async (ids) => {
    const h = records();
    const ds = ctx.sources[source];
    const where = scoped(new SqlFilter().in('t.id', ids), h);
    const rows: Array<Record<string, unknown>> = await ds.query(`SELECT t.* FROM ${ds.driver.escape(h.table)} t WHERE ${where.sql}`, where.params);
    return byKey(ids, rows.map((r) => h.hydrate(r)), (r) => r.rowId);
  });
}

/**
 * The loader of records by a column value (a foreign key or a natural key):
 * one statement per batch, a list per key in key order, empty for a miss.
 * Named `<things>By<Key>`. For lists that can grow long use `pagesByParent`.
 */
export function rowsByColumn<R, K extends string | number>(
  ctx: RequestContext,
  source: SourceName,
  records: () => RecordSource<R>,
  name: string,
  column: string,
  keyOf: (record: R) => K,
  orderBy = 't.id',
) {
  return ctx.loaders.get<K, R[]>(name, undefined, async (keys) => {
    const h = records();
    const ds = ctx.sources[source];
    const where = scoped(new SqlFilter().in(`t.${column}`, keys), h);
    const rows: Array<Record<string, unknown>> = await ds.query(
      `SELECT t.* FROM ${ds.driver.escape(h.table)} t WHERE ${where.sql} ORDER BY ${orderBy}`,
      where.params,
    );
    return groupByKey(keys, rows.map((r) => h.hydrate(r)), keyOf);
  });
}
