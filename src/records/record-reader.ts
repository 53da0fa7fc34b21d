import DataLoader from 'dataloader';
import { Kysely, sql } from 'kysely';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context';
import { byKey, groupByKey } from '../shared/loaders/loader-registry';
import { ConnectionValue } from '../shared/relay/connection';
import { Ordering, PagingArgs, pagingWindow, Window } from '../shared/relay/paging';
import { hydrator } from '../shared/sql/record';
import { runSql, sqlOf } from '../sources/sql-builder';
import { connectionOf, windowRows } from './record-connection';
import { AnyRecordDefinition, LinkPairs, ParentLink, RecordDefinition } from './record-definition';
import { FilterQuery } from './record-filter';
import { personAggregateCondition, personRowCondition } from './person-rows';
import { countsStatement, countStatement, pagesStatement, pageStatement, ParentColumn, recordWhere, rowsByColumnStatement, rowsByParentStatement } from './record-statements';
import { allOf, Condition, RecordWhere } from './record-where';

/* eslint-disable @typescript-eslint/no-explicit-any -- the types below only unpack a definition's parameters */
export type RecordOf<D> = D extends RecordDefinition<any, any, any, any, any, any, infer R> ? R : never;
export type FilterOf<D> = D extends RecordDefinition<any, any, any, infer F, any, any, any> ? F : never;
export type OrderOf<D> = D extends RecordDefinition<any, any, any, any, infer O, any, any> ? O : never;
export type LinkOf<D> = D extends RecordDefinition<any, any, any, any, any, infer L, any> ? L : never;
export type RowOfDefinition<D> = D extends RecordDefinition<infer S, infer T, any, any, any, any, any> ? import('./record-definition').RowOf<S, T> : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A list's arguments: its filter, its order and the Relay page. */
export interface ListArgs<F, O extends string> extends PagingArgs {
  filter?: F | null;
  orderBy?: O | null;
}

/** More conditions a caller puts on a list beyond its filter (a cross-check, a permission). */
export type ExtraConditions<D> = (where: RecordWhere<RowOfDefinition<D>, unknown>) => ReadonlyArray<Condition | null | undefined | false>;

export interface ListOptions<D> {
  /** The argument the filter came in, for errors (`filter`, `trainees.filter`). */
  argument?: string;
  /** An ordering decided by the caller (say, refused for this viewer), instead of the definition's for `orderBy`. */
  ordering?: Ordering;
  extra?: ExtraConditions<D>;
  /** What the extra conditions depend on, so loaders with different ones are not shared. */
  key?: unknown;
}

/**
 * Which person scope a condition carries: `rows`, the rows this viewer may
 * read (lists, pages, loaders); `aggregate`, the rows its published counts
 * cover (statistics: a viewer who may not read persons still counts every
 * row, and only a region-limited viewer's counts stop at its region).
 */
export type RowScope = 'rows' | 'aggregate';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The Relay ordering of an orderBy value: the definition's columns, named by property. */
export function orderingOf(definition: AnyRecordDefinition, orderBy: string): Ordering {
  const parts = definition.orderings[orderBy];
  if (!parts) throw new Error(`${definition.typename} has no ordering ${orderBy}`);
  return { key: orderBy, columns: parts.map((p) => ({ column: p.column, property: p.column, direction: p.direction })) };
}

/** Where child rows take their parent key in a statement, for a link of a definition. */
export function parentColumn(link: ParentLink<never, never>, db: Kysely<any>): ParentColumn { // eslint-disable-line @typescript-eslint/no-explicit-any
  if ('pairs' in link) return { column: 'parent', pairs: link.pairs(db as never) };
  return 'through' in link ? { column: link.through.column, through: link.through } : { column: link.column as string };
}

const hydrators = new WeakMap<DataSource, Map<string, ReturnType<typeof hydrator>>>();

/** The hydrator of a definition's rows on a data source, made once. */
export function cachedHydrator(dataSource: DataSource, definition: AnyRecordDefinition) {
  let byType = hydrators.get(dataSource);
  if (!byType) hydrators.set(dataSource, (byType = new Map()));
  let found = byType.get(definition.typename);
  if (!found) byType.set(definition.typename, (found = hydrator(dataSource, definition.entity, definition.typename)));
  return found;
}

/**
 * A record type's reads for one request, all derived from its definition:
 * the root list, nested pages per parent, and loaders by row id and by
 * column. Every statement applies the viewer's row scope; every loader is
 * the request's, so the same list under many parents is one statement.
 */
export class RecordReader<D extends AnyRecordDefinition> {
  readonly dataSource: DataSource;

  constructor(
    private readonly ctx: RequestContext,
    readonly definition: D,
  ) {
    this.dataSource = ctx.sources[definition.source as keyof RequestContext['sources']];
  }

  get db() {
    return sqlOf(this.definition.source, this.dataSource) as never as import('kysely').Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  private get plural(): string {
    return this.definition.plural ?? `${lowerFirst(this.definition.typename)}s`;
  }

  /** Records from raw rows of the record's table (snake_case columns, driver values). */
  hydrate(rows: Array<Record<string, unknown>>): Array<RecordOf<D>> {
    const h = cachedHydrator(this.dataSource, this.definition);
    const definition = this.definition;
    return rows.map((row) => (definition.hydrate ? definition.hydrate(h.hydrate(row)) : h.hydrate(row)) as RecordOf<D>);
  }

  ordering(orderBy: OrderOf<D> | null | undefined): Ordering {
    return orderingOf(this.definition, orderBy ?? 'ID');
  }

  /** The rows this viewer may see under the filter: the filter's terms, the row scope, and any extra conditions. */
  where(filter: FilterOf<D> | null | undefined, options: Pick<ListOptions<D>, 'argument' | 'extra'> & { alias?: string; scope?: RowScope } = {}): Condition {
    const where = options.alias ? new RecordWhere<RowOfDefinition<D>, unknown>(this.db, options.alias) : recordWhere<RowOfDefinition<D>, unknown>(this.db);
    const terms = filter && this.definition.filter ? this.definition.filter(filter, new FilterQuery(filter, where, this.ctx, options.argument ?? 'filter')) : [];
    const link = this.definition.personLink;
    const scope = link ? (options.scope === 'aggregate' ? personAggregateCondition : personRowCondition)(this.ctx, link, where) : null;
    return allOf([...terms, scope, ...(options.extra ? options.extra(where) : [])]);
  }

  /**
   * The same rows as SQL text over a table aliased `alias`, for statements
   * written by hand around it (the statistics): positional parameters. With
   * `scope: 'aggregate'` the person scope is the one of published counts.
   */
  whereSql(
    filter: FilterOf<D> | null | undefined,
    alias: string,
    options: Pick<ListOptions<D>, 'argument' | 'extra'> & { scope?: RowScope } = {},
  ): { sql: string; params: unknown[] } {
    const compiled = sql`${this.where(filter, { ...options, alias })}`.compile(this.db);
    return { sql: compiled.sql, params: compiled.parameters.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p)) };
  }

  /** One page of the root list: one SELECT, and one COUNT only if `totalCount` is read. */
  async list(args: ListArgs<FilterOf<D>, OrderOf<D>>, options: ListOptions<D> = {}): Promise<ConnectionValue<RecordOf<D>>> {
    const { filter, orderBy, ...paging } = args;
    const ordering = options.ordering ?? this.ordering(orderBy);
    const window = pagingWindow(paging, ordering);
    const where = this.where(filter, options);
    // Even for first: 0 the statement runs (LIMIT 1): hasNextPage must say whether rows follow.
    const raw = await runSql(this.dataSource, pageStatement(this.db, this.definition.table, where, ordering, window));
    return connectionOf(this.hydrate(raw.slice(0, window.size)), ordering, window, raw.length > window.size, () => this.countWhere(where));
  }

  /** How many rows this viewer may see under the filter (and any extra conditions): one COUNT. */
  count(filter: FilterOf<D> | null | undefined, options: Pick<ListOptions<D>, 'argument' | 'extra'> = {}): Promise<number> {
    return this.countWhere(this.where(filter, options));
  }

  private async countWhere(where: Condition): Promise<number> {
    const [row] = await runSql<{ n: unknown }>(this.dataSource, countStatement(this.db, this.definition.table, where));
    return Number(row.n);
  }

  /**
   * The loader of one page per parent key through a link of the definition:
   * all parents asking for the same page (filter, order, window) share one
   * windowed statement. Arguments are checked here, so a bad one fails the
   * field that asked rather than the whole batch.
   */
  pages<K extends string | number>(link: LinkOf<D>, args: ListArgs<FilterOf<D>, OrderOf<D>>, options: ListOptions<D> = {}): DataLoader<K, ConnectionValue<RecordOf<D>>> {
    const spec = this.link(link);
    const { filter, orderBy, ...paging } = args;
    const ordering = options.ordering ?? this.ordering(orderBy);
    const window = pagingWindow(paging, ordering);
    const where = this.where(filter, options);
    const name = `${lowerFirst(this.definition.typename)}PagesBy${upperFirst(link)}`;
    return this.ctx.loaders.get<K, ConnectionValue<RecordOf<D>>>(name, { filter, orderBy, paging, argument: options.argument, key: options.key }, (keys) =>
      this.pagesOf(parentColumn(spec, this.db), spec.normalise ? (keys.map((k) => spec.normalise!(String(k))) as K[]) : keys, where, ordering, window),
    );
  }

  /**
   * One page per parent whose rows hang from ANY of several keys of a
   * `through` link: an ICH item's entries cited by any of its listing keys.
   * A loader key is `anyKeyOf(keys)`, the parent's keys; a row under two of
   * them appears once. One windowed statement for all parents of a batch,
   * over a table of (parent, key) pairs given as parameters.
   */
  pagesByAnyKey(link: LinkOf<D>, args: ListArgs<FilterOf<D>, OrderOf<D>>, options: ListOptions<D> = {}): DataLoader<string, ConnectionValue<RecordOf<D>>> {
    const spec = this.link(link);
    const { filter, orderBy, ...paging } = args;
    const ordering = options.ordering ?? this.ordering(orderBy);
    const window = pagingWindow(paging, ordering);
    const where = this.where(filter, options);
    const name = `${lowerFirst(this.definition.typename)}PagesByAny${upperFirst(link)}`;
    return this.ctx.loaders.get<string, ConnectionValue<RecordOf<D>>>(name, { filter, orderBy, paging, argument: options.argument, key: options.key }, (parents) => {
      const parent = anyKeyParent(spec, parents);
      if (!parent) return Promise.resolve(parents.map(() => connectionOf<RecordOf<D>>([], ordering, window, false, async () => 0)));
      return this.pagesOf(parent, parents, where, ordering, window);
    });
  }

  private async pagesOf<K extends string | number>(parent: ParentColumn, keys: readonly K[], where: Condition, ordering: Ordering, window: Window) {
    const unique = [...new Set(keys)];
    const rows = unique.length ? await runSql(this.dataSource, pagesStatement(this.db, this.definition.table, parent, unique, where, ordering, window)) : [];
    const pages = windowRows(rows, window.size);
    let counts: Promise<Map<string, number>> | undefined;
    const countAll = () =>
      (counts ??= runSql<{ p: unknown; n: unknown }>(this.dataSource, countsStatement(this.db, this.definition.table, parent, unique, where)).then(
        (found) => new Map(found.map((r) => [String(r.p), Number(r.n)])),
      ));
    return keys.map((key) => {
      const page = pages.get(String(key));
      return connectionOf(this.hydrate(page?.rows ?? []), ordering, window, page?.more ?? false, async () => (await countAll()).get(String(key)) ?? 0);
    });
  }

  /** Records by row id, in key order, null for a miss or a row out of the viewer's scope: one statement per batch. */
  byId(): DataLoader<number, RecordOf<D> | null> {
    return this.ctx.loaders.get<number, RecordOf<D> | null>(`${this.plural}ById`, undefined, async (ids) => {
      const rows = await runSql(this.dataSource, rowsByColumnStatement(this.db, this.definition.table, 'id', ids, this.where(null), this.ordering(null)));
      return byKey(ids, this.hydrate(rows), (r) => (r as { rowId: number }).rowId);
    });
  }

  /**
   * Records by the value of a column (a foreign key, a natural key): a list
   * per key in key order, empty for a miss, one statement per batch. For
   * lists that can grow long, use a link and `pages`.
   */
  byColumn<C extends keyof RowOfDefinition<D> & string>(
    column: C,
    options: { normalise?: (key: string) => string; orderBy?: OrderOf<D> } = {},
  ): DataLoader<RowOfDefinition<D>[C] & (string | number), Array<RecordOf<D>>> {
    type K = RowOfDefinition<D>[C] & (string | number);
    const { normalise, orderBy } = options;
    const ordering = this.ordering(orderBy);
    return this.ctx.loaders.get<K, Array<RecordOf<D>>>(`${this.plural}By${upperFirst(column)}`, undefined, async (keys) => {
      const wanted = normalise ? keys.map((k) => normalise(String(k)) as K) : keys;
      const rows = await runSql(this.dataSource, rowsByColumnStatement(this.db, this.definition.table, column, [...new Set(wanted)], this.where(null), ordering));
      return groupByKey(wanted, this.hydrate(rows), (r) => (r as Record<string, unknown>)[column] as K);
    });
  }

  /**
   * Records under each parent key through a link of the definition, whole
   * lists (for links that stay short, such as an item's listing keys): a
   * list per key in key order, empty for a miss, one statement per batch.
   */
  byLink<K extends string | number>(link: LinkOf<D>, options: { orderBy?: OrderOf<D> } = {}): DataLoader<K, Array<RecordOf<D>>> {
    const spec = this.link(link);
    const ordering = this.ordering(options.orderBy);
    return this.ctx.loaders.get<K, Array<RecordOf<D>>>(`${this.plural}By${upperFirst(link)}`, undefined, async (keys) => {
      const wanted = spec.normalise ? (keys.map((k) => spec.normalise!(String(k))) as K[]) : keys;
      const rows = await runSql(this.dataSource, rowsByParentStatement(this.db, this.definition.table, parentColumn(spec, this.db), [...new Set(wanted)], this.where(null), ordering));
      const records = rows.map((row) => ({ parent: String(row.__parent), record: this.hydrate([row])[0] }));
      return groupByKey(wanted, records, (r) => r.parent as K).map((list) => list.map((r) => r.record));
    });
  }

  link(link: LinkOf<D>): ParentLink<never, never> {
    const spec = (this.definition.links as Record<string, ParentLink<never, never>> | undefined)?.[link];
    if (!spec) throw new Error(`${this.definition.typename} has no link ${link}`);
    return spec;
  }
}

/**
 * Where rows take their parent for parents cited by any of several keys of a
 * `through` link (loader keys made by `anyKeyOf`): a table of (parent, key)
 * pairs, as parameters, joined to the link table; a row under two keys of a
 * parent is paired with it once. Null when no parent has a key.
 */
export function anyKeyParent(link: ParentLink<never, never>, parents: readonly string[]): ParentColumn | null {
  if (!('through' in link)) throw new Error('pages by any key need a link through a table');
  const normalise = link.normalise ?? ((key: string) => key);
  const pairs = [...new Set(parents)].flatMap((parent) => [...new Set((JSON.parse(parent) as string[]).map(normalise))].map((key) => [parent, key] as const));
  if (pairs.length === 0) return null;
  const through = link.through as { table: string; column: string; joins: string };
  const table = sql`(${sql.join(pairs.map(([parent, key]) => sql`select ${parent} as parent, ${key} as any_key`), sql` union all `)})`;
  const linked = sql<{ parent: string; record: number }>`(select distinct v.parent as parent, ${sql.ref(`t.${through.joins}`)} as record from ${table} v inner join ${sql.table(through.table)} t on ${sql.ref(`t.${through.column}`)} = v.any_key)`;
  return { column: 'parent', pairs: linked as unknown as LinkPairs };
}

/** The loader key of `pagesByAnyKey` for a parent cited by any of these keys. */
export function anyKeyOf(keys: readonly string[]): string {
  return JSON.stringify([...new Set(keys)].sort());
}

export function recordsOf<D extends AnyRecordDefinition>(ctx: RequestContext, definition: D): RecordReader<D> {
  return new RecordReader(ctx, definition);
}
