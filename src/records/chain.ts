import DataLoader from 'dataloader';
import { getNamedType, GraphQLObjectType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { CompiledQuery, RawBuilder, sql, SqlBool } from 'kysely';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context';
import { ConnectionValue } from '../shared/relay/connection';
import { Ordering, pagingWindow, Window } from '../shared/relay/paging';
import { runCompiled } from '../sources/sql-builder';
import { connectionOf } from './record-connection';
import type { AnyRecordDefinition } from './record-definition';
import { anyKeyParent, ListArgs, parentColumn, RecordReader, recordsOf } from './record-reader';
import { ALIAS, from, keysetCondition, orderSql, ParentColumn, parentRef } from './record-statements';
import { allOf, Condition } from './record-where';
import { emptyPage, prefetched, prefetchKey, Relation, relationOf } from './relations';
import { argumentsKey, connectionSelection, objectTypeOf, SelectedField, selectedFields } from './selection';

/*
 * Chains: consecutive levels of a query that live in one database, fetched
 * by ONE statement. Each level is a common table expression over the one
 * above it (the children of the parents it returned, paged per parent by a
 * window); the statement returns every level's rows as JSON in one result,
 * and the answers of the lower levels wait in the request's `prefetched`
 * map for the resolvers that will ask for them. Row scope and filters are
 * each level's reader's own conditions; masking stays in the resolvers.
 */

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'returnType' | 'fragments' | 'variableValues'>;
type AnyReader = RecordReader<AnyRecordDefinition>;

interface Level {
  index: number;
  reader: AnyReader;
  /** How it hangs from the level above; null for the level the caller asked for. */
  relation: Relation | null;
  argsKey: string;
  ordering: Ordering;
  /** Root lists and pages; lists and single records have none. */
  window: Window | null;
  where: Condition;
  totalCount: boolean;
  children: Level[];
}

/** What the first level answers for: one root page, or each of a batch of parent keys through a relation. */
type Start = { kind: 'root' } | { kind: 'batch'; relation: Relation; keys: ReadonlyArray<string | number>; parent?: ParentColumn };

function levelFor(ctx: RequestContext, relation: Relation | null, definition: AnyRecordDefinition, args: ListArgs<unknown, string>, index: number): Level {
  const reader = recordsOf(ctx, definition);
  const spec = relation?.spec;
  const base = { index, reader, relation, argsKey: argumentsKey(args), totalCount: false, children: [] as Level[] };
  if (!spec || spec.kind === 'page') {
    const { filter, orderBy, ...paging } = args;
    const ordering = reader.ordering(orderBy);
    return { ...base, ordering, window: pagingWindow(paging, ordering), where: reader.where(filter) };
  }
  return { ...base, ordering: reader.ordering(spec.kind === 'list' ? spec.orderBy : null), window: null, where: reader.where(null) };
}

/**
 * Same-source relations a cross-source relation needs of its parent (an
 * item's listing keys, to find the HR entries citing any of them): fetched
 * in the parent's chain statement whenever the cross-source field is
 * selected, so that the field costs no statement of its own in the parent's
 * database. By the cross-source relation's id.
 */
const alongside = new Map<string, { relation: Relation; args: ListArgs<unknown, string> }>();

export function fetchAlongside(crossSource: Relation, sameSource: Relation, args: ListArgs<unknown, string>): void {
  if (sameSource.spec.parent !== crossSource.spec.parent || !sameSource.sameSource) throw new Error(`${sameSource.id} cannot be fetched alongside ${crossSource.id}`);
  alongside.set(crossSource.id, { relation: sameSource, args });
}

/** What a chain fetched alongside a cross-source relation for one parent, if it did; else undefined (ask the loaders). */
export function fetchedAlongside<T>(ctx: RequestContext, crossSource: Relation, parent: object): T | undefined {
  const spec = alongside.get(crossSource.id);
  const key = spec?.relation.keyOf(parent);
  return spec && key != null ? prefetched<T>(ctx, spec.relation, spec.args, key) : undefined;
}

/** The levels below `level` that the selection asks for and that stay in its database. */
function planBelow(ctx: RequestContext, info: Info, level: Level, type: GraphQLObjectType, fields: SelectedField[], next: { index: number }): void {
  for (const field of fields) {
    const relation = relationOf(type.name, field.definition.name);
    const needs = relation && alongside.get(relation.id);
    if (needs && relation.spec.parent.typename === level.reader.definition.typename && level.reader.definition.source === needs.relation.spec.child.source) {
      const argsKey = argumentsKey(needs.args);
      if (!level.children.some((c) => c.relation === needs.relation && c.argsKey === argsKey)) level.children.push(levelFor(ctx, needs.relation, needs.relation.spec.child, needs.args, next.index++));
    }
    if (!relation || relation.spec.parent.typename !== level.reader.definition.typename || relation.spec.child.source !== level.reader.definition.source) continue;
    const args = field.args as ListArgs<unknown, string>;
    // A cursor per parent is not a chain's business; nor is a bad argument, which must fail its own field.
    if (relation.spec.kind === 'page' && (args.after || args.before)) continue;
    let child: Level;
    try {
      child = levelFor(ctx, relation, relation.spec.child, args, next.index);
    } catch {
      continue;
    }
    next.index++;
    const childType = objectTypeOf(field.definition);
    if (!childType) continue;
    if (relation.spec.kind === 'page') {
      const connection = connectionSelection(childType, field.nodes, info);
      if (!connection) continue;
      child.totalCount = connection.totalCount;
      planBelow(ctx, info, child, connection.node, connection.fields, next);
    } else {
      planBelow(ctx, info, child, childType, selectedFields(childType, field.nodes, info), next);
    }
    level.children.push(child);
  }
}

function levels(top: Level): Level[] {
  const all: Level[] = [];
  const visit = (level: Level) => {
    all.push(level);
    level.children.forEach(visit);
  };
  visit(top);
  return all;
}

/** The shape of a plan, for the identity of a chain loader. */
function signature(level: Level): string {
  return `${level.relation?.id ?? ''}(${level.argsKey},${level.totalCount},[${level.children.map(signature).join(',')}])`;
}

function cte(level: Level): string {
  return `l${level.index}`;
}

function databaseColumn(definition: AnyRecordDefinition, reader: AnyReader, property: string): string {
  if (property === 'id') return 'id';
  const column = reader.dataSource.getMetadata(definition.entity).columns.find((c) => c.propertyName === property);
  if (!column) throw new Error(`${definition.typename} has no column for ${property}`);
  return column.databaseName;
}

/** The keys of the parents a level hangs from: the parents' rows the answer shows (not the extra row that tells whether more follow). */
function parentKeys(parent: Level, child: Level): RawBuilder<unknown> {
  const column = databaseColumn(parent.reader.definition, parent.reader, child.relation!.spec.parentKey);
  const shown = parent.window ? sql<SqlBool>`${sql.ref(`${cte(parent)}.__rn`)} <= ${parent.window.size}` : sql<SqlBool>`1 = 1`;
  return sql`select ${sql.ref(`${cte(parent)}.${column}`)} from ${sql.table(cte(parent))} where ${shown}`;
}

function keyIn(key: RawBuilder<unknown>, keys: RawBuilder<unknown> | ReadonlyArray<string | number>): RawBuilder<SqlBool> {
  return Array.isArray(keys) ? sql<SqlBool>`${key} in (${sql.join(keys as unknown[])})` : sql<SqlBool>`${key} in (${keys as RawBuilder<unknown>})`;
}

/** Where a level's rows take their parent key. */
function keyColumn(level: Level): ParentColumn {
  const spec = level.relation!.spec;
  if (spec.kind === 'page') return parentColumn(level.reader.link(spec.link), level.reader.db);
  if (spec.kind === 'list') return { column: spec.column };
  return { column: 'id' };
}

/** One level's rows, with `__parent`, `__rn` (order within its parent) and `__total` (rows of its parent) when counted. */
function levelQuery(level: Level, keys: RawBuilder<unknown> | ReadonlyArray<string | number> | null, parentColumnOverride?: ParentColumn) {
  const db = level.reader.db;
  const table = level.reader.definition.table;
  if (!level.relation) {
    const window = level.window!;
    const page = from(db, table)
      .selectAll(ALIAS)
      .where(allOf([level.where, keysetCondition(level.ordering, window)]))
      .orderBy(orderSql(level.ordering, window.backward))
      .limit(window.size + 1);
    return db
      .selectFrom(page.as('p'))
      .selectAll('p')
      .select(sql`null`.as('__parent'))
      .select(sql<number>`row_number() over (order by ${orderSql(level.ordering, window.backward, 'p')})`.as('__rn'))
      .select(sql`null`.as('__total'));
  }
  const parent = parentColumnOverride ?? keyColumn(level);
  const key = parentRef(parent);
  const order = orderSql(level.ordering, level.window?.backward ?? false);
  const rows = from(db, table, parent)
    .selectAll(ALIAS)
    .select(key.as('__parent'))
    .select(sql<number>`row_number() over (partition by ${key} order by ${order})`.as('__rn'))
    .select((level.totalCount ? sql<number>`count(*) over (partition by ${key})` : sql`null`).as('__total'))
    .where(allOf([keyIn(key, keys!), level.where]));
  return level.window ? db.selectFrom(rows.as('w')).selectAll().where('w.__rn', '<=', level.window.size + 1) : rows;
}

function jsonRow(level: Level): RawBuilder<unknown> {
  const columns = level.reader.dataSource.getMetadata(level.reader.definition.entity).columns.map((c) => c.databaseName);
  return sql`json_object(${sql.join(columns.map((c) => sql`${sql.lit(c)}, ${sql.ref(`${cte(level)}.${c}`)}`))})`;
}

/** The one statement of a chain: a CTE per level, every level's rows in one result. */
function chainStatement(all: Level[], start: Start) {
  const top = all[0];
  const parentOf = new Map<number, Level>();
  for (const level of all) for (const child of level.children) parentOf.set(child.index, level);
  const ctes = all.map((level) => {
    const keys = level === top ? (start.kind === 'batch' ? start.keys : null) : parentKeys(parentOf.get(level.index)!, level);
    return sql`${sql.table(cte(level))} as ${levelQuery(level, keys, level === top && start.kind === 'batch' ? start.parent : undefined)}`;
  });
  const branches = all.map(
    (level) =>
      sql`select ${sql.lit(level.index)} as __level, ${sql.ref(`${cte(level)}.__parent`)} as __parent, ${sql.ref(`${cte(level)}.__rn`)} as __rn, ${sql.ref(`${cte(level)}.__total`)} as __total, ${jsonRow(level)} as __row from ${sql.table(cte(level))}`,
  );
  if (start.kind === 'root' && top.totalCount) {
    const count = from(top.reader.db, top.reader.definition.table).select(sql<number>`count(*)`.as('n')).where(top.where);
    branches.push(sql`select -1 as __level, null as __parent, null as __rn, ${count} as __total, null as __row`);
  }
  return sql`with ${sql.join(ctes)} ${sql.join(branches, sql` union all `)}`;
}

interface Fetched {
  /** Records per parent key, in order, and the level's count per parent. */
  byParent: Map<string, { records: Array<{ rn: number; record: object }>; total: number }>;
  all: object[];
}

function answerFor(level: Level, fetched: Fetched, key: string): unknown {
  const found = fetched.byParent.get(key);
  const records = (found?.records ?? []).sort((a, b) => a.rn - b.rn).map((r) => r.record);
  const spec = level.relation?.spec;
  if (spec?.kind === 'one') return records[0] ?? null;
  if (spec?.kind === 'list') return records;
  const window = level.window!;
  const total = found?.total ?? 0;
  return connectionOf(records.slice(0, window.size), level.ordering, window, records.length > window.size, async () => total);
}

/**
 * MariaDB may plan a level's windowed derived table as split-materialised
 * (recomputed for every row of the level that reads it): on the dashboard's
 * HR chain at scale 100 that is 4,800 re-evaluations, 76 ms against 16 ms
 * with the plan off. A chain's levels are small and already narrowed by
 * their parents, so the plan never pays there: it is turned off for the
 * chain's statement alone (`SET STATEMENT … FOR`, MariaDB only; MySQL has
 * no such plan).
 */
function withoutSplitMaterialization(dataSource: DataSource, compiled: CompiledQuery): CompiledQuery {
  if (dataSource.options.type !== 'mariadb') return compiled;
  return { ...compiled, sql: `SET STATEMENT optimizer_switch='split_materialized=off' FOR ${compiled.sql}` };
}

/** Runs a chain: one statement; the lower levels' answers go to `prefetched`; the top level's answers are returned. */
async function runChain(ctx: RequestContext, top: Level, start: Start): Promise<{ fetched: Fetched; rootTotal: number | null }> {
  const all = levels(top);
  const compiled = chainStatement(all, start).compile(top.reader.db);
  const raw = await runCompiled(top.reader.dataSource, withoutSplitMaterialization(top.reader.dataSource, compiled));
  const fetchedByLevel = new Map<number, Fetched>(all.map((l) => [l.index, { byParent: new Map(), all: [] }]));
  let rootTotal: number | null = null;
  for (const row of raw) {
    const index = Number(row.__level);
    if (index === -1) {
      rootTotal = Number(row.__total);
      continue;
    }
    const level = all.find((l) => l.index === index)!;
    const data = typeof row.__row === 'string' ? JSON.parse(row.__row) : row.__row;
    const [record] = level.reader.hydrate([data as Record<string, unknown>]);
    const fetched = fetchedByLevel.get(index)!;
    const key = String(row.__parent);
    let group = fetched.byParent.get(key);
    if (!group) fetched.byParent.set(key, (group = { records: [], total: 0 }));
    group.records.push({ rn: Number(row.__rn), record });
    if (row.__total !== null && row.__total !== undefined) group.total = Number(row.__total);
    fetched.all.push(record);
  }
  for (const level of all) {
    const fetched = fetchedByLevel.get(level.index)!;
    for (const child of level.children) {
      const childFetched = fetchedByLevel.get(child.index)!;
      for (const parent of fetched.all) {
        const key = child.relation!.keyOf(parent);
        if (key === null) continue;
        ctx.loaders.prefetched.set(prefetchKey(child.relation!, child.argsKey, key), answerFor(child, childFetched, String(key)));
      }
    }
  }
  return { fetched: fetchedByLevel.get(top.index)!, rootTotal };
}

/**
 * A root list with the same-source levels below it fetched by the same
 * statement, when the selection has any; otherwise the reader's list.
 */
export async function chainedList(ctx: RequestContext, info: Info, definition: AnyRecordDefinition, args: ListArgs<unknown, string>): Promise<ConnectionValue<object>> {
  const reader = recordsOf(ctx, definition);
  // The DISABLE_BATCHING baseline loads level by level, key by key.
  if (!ctx.loaders.batching) return reader.list(args);
  const type = getNamedType(info.returnType);
  const selection = isObjectType(type) ? connectionSelection(type, info.fieldNodes, info) : null;
  const top = levelFor(ctx, null, definition, args, 0);
  if (selection) {
    top.totalCount = selection.totalCount;
    planBelow(ctx, info, top, selection.node, selection.fields, { index: 1 });
  }
  if (top.children.length === 0) return reader.list(args);
  const { fetched, rootTotal } = await runChain(ctx, top, { kind: 'root' });
  const records = (fetched.byParent.get('null')?.records ?? []).sort((a, b) => a.rn - b.rn).map((r) => r.record);
  const window = top.window!;
  return connectionOf(records.slice(0, window.size), top.ordering, window, records.length > window.size, async () => rootTotal ?? reader.count(args.filter));
}

/**
 * The loader of a relation for a batch of parents with the same-source
 * levels below it in the same statement, or null when the selection has
 * none (the child's ordinary loaders are then as good). With `byAnyKey`, a
 * parent's key is `anyKeyOf(keys)`, the several keys it may be cited by (an
 * item's listing keys), paired with it in the statement (`anyKeyParent`).
 */
export function chainLoader(ctx: RequestContext, info: Info, relation: Relation, args: ListArgs<unknown, string>, byAnyKey = false): DataLoader<string | number, unknown> | null {
  if (!ctx.loaders.batching || (relation.spec.kind === 'page' && (args.after || args.before))) return null;
  const top = levelFor(ctx, relation, relation.spec.child, args, 0);
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  if (relation.spec.kind === 'page') {
    const connection = connectionSelection(type, info.fieldNodes, info);
    if (!connection) return null;
    top.totalCount = connection.totalCount;
    planBelow(ctx, info, top, connection.node, connection.fields, { index: 1 });
  } else {
    planBelow(ctx, info, top, type, selectedFields(type, info.fieldNodes, info), { index: 1 });
  }
  if (top.children.length === 0) return null;
  const link = relation.spec.kind === 'page' ? top.reader.link(relation.spec.link) : undefined;
  const normalise = byAnyKey ? undefined : link?.normalise;
  return ctx.loaders.get<string | number, unknown>(`chain:${relation.id}`, { plan: signature(top), byAnyKey }, async (keys) => {
    const stored = keys.map((k) => (normalise ? normalise(String(k)) : k));
    const unique = [...new Set(stored)];
    const parent = byAnyKey && link ? anyKeyParent(link, unique.map(String)) : undefined;
    if (parent === null) return stored.map(() => emptyPage());
    const { fetched } = await runChain(ctx, top, { kind: 'batch', relation, keys: unique, parent });
    return stored.map((key) => answerFor(top, fetched, String(key)));
  });
}

/**
 * Resolves a relation for one parent: from what a chain statement fetched
 * ahead when one did, else through a chain loader when levels below it in
 * the same database are selected too (one statement for all of them), else
 * through the child's ordinary loaders (one statement per batch).
 */
export async function resolveRelation(ctx: RequestContext, info: Info, relation: Relation, parent: object, args: ListArgs<unknown, string> = {}): Promise<unknown> {
  const key = relation.keyOf(parent);
  const spec = relation.spec;
  if (key === null) return spec.kind === 'page' ? emptyPage() : spec.kind === 'list' ? [] : null;
  const ahead = prefetched(ctx, relation, args, key);
  if (ahead !== undefined) return ahead;
  const chained = chainLoader(ctx, info, relation, args);
  if (chained) return chained.load(key);
  const reader = recordsOf(ctx, spec.child);
  switch (spec.kind) {
    case 'page':
      return reader.pages(spec.link, args).load(key);
    case 'list':
      return reader.byColumn(spec.column, { orderBy: spec.orderBy }).load(key as never);
    case 'one':
      return reader.byId().load(Number(key));
  }
}
