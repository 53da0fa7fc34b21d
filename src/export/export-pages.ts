import { setImmediate } from 'node:timers/promises';
import { DocumentNode, execute, GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { MAX_PAGE_SIZE } from '../shared/relay/paging';
import { ExportExecutionError } from './export-error';
import { EXPORT_NAMES, ExportPlan } from './export-plan';

/** One run of a document, as the export is about to make it: what the rate limit charges. */
export interface PageRequest {
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/** The rows that came from one element of the outermost list, with its cursor when that list is paged. */
export interface RowGroup {
  cursor: string | null;
  /** Each row as its levels' objects, outermost first (see ExportPlan.levels). */
  rows: unknown[][];
  /** Set when a limit cut the group short: resuming after its cursor would skip the rest of it. */
  partial?: true;
}

export interface ExportRun {
  schema: GraphQLSchema;
  plan: ExportPlan;
  variables: Record<string, unknown>;
  /** A context as GraphQL builds one for this HTTP request: same viewer, fresh loaders. Called once per page. */
  contextFor(): Promise<RequestContext>;
  /** Before each run of a document; throws to stop the export (a spent budget). */
  beforePage?(page: PageRequest): Promise<void>;
  /** After a page ran and before its rows leave: the audit of unmasked personal data. */
  beforeSend?(ctx: RequestContext): Promise<unknown>;
  /** At most this many rows. */
  limit?: number | null;
}

function walk(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || current === undefined || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current ?? null;
}

/** The rows under one element of the list of `level`, each carrying its parents' objects. */
function rowsUnder(element: unknown, plan: ExportPlan, level: number, parents: unknown[]): unknown[][] {
  const { levels, rowKeys } = plan;
  const here = levels[level];
  const object = walk(element, rowKeys.slice(here.listIndex + 1, here.objectIndex + 1));
  if (object === null) return [];
  if (level === levels.length - 1) return [[...parents, object]];
  const next = levels[level + 1];
  const list = walk(object, rowKeys.slice(here.objectIndex + 1, next.listIndex + 1));
  return Array.isArray(list) ? list.flatMap((child) => rowsUnder(child, plan, level + 1, [...parents, object])) : [];
}

function groupsOf(data: unknown, plan: ExportPlan): RowGroup[] {
  if (plan.levels.length === 0) {
    const row = walk(data, plan.rowKeys);
    return row === null ? [] : [{ cursor: null, rows: [[row]] }];
  }
  const list = walk(data, plan.rowKeys.slice(0, plan.levels[0].listIndex + 1));
  if (!Array.isArray(list)) return [];
  return list.map((element) => ({
    cursor: plan.connectionIndex === null ? null : ((walk(element, [EXPORT_NAMES.cursor]) as string | null) ?? null),
    rows: rowsUnder(element, plan, 0, []),
  }));
}

async function run(exportRun: ExportRun, document: DocumentNode, variables: Record<string, unknown>): Promise<{ data: unknown; ctx: RequestContext }> {
  await exportRun.beforePage?.({ document, variables });
  const ctx = await exportRun.contextFor();
  const result = await execute({ schema: exportRun.schema, document, operationName: exportRun.plan.operationName ?? undefined, variableValues: variables, contextValue: ctx });
  if (result.errors?.length) throw new ExportExecutionError(result.errors);
  return { data: result.data, ctx };
}

/**
 * Where the last N rows (before a cursor) begin, walking back a page at a
 * time over cursors only: the cursor just before them (null: they begin at
 * the start) and how many there are. Asking for one row more than needed
 * gives that cursor without another round.
 */
async function locateLast(exportRun: ExportRun, last: number, before: string | null): Promise<{ after: string | null; count: number }> {
  const { plan } = exportRun;
  const path = plan.rowKeys.slice(0, plan.connectionIndex! + 1);
  let remaining = last;
  let cursor = before;
  let located = 0;
  for (;;) {
    const size = Math.min(MAX_PAGE_SIZE, remaining + 1);
    const { data } = await run(exportRun, plan.locateDocument!, { ...exportRun.variables, [EXPORT_NAMES.last]: size, [EXPORT_NAMES.before]: cursor });
    const edges = ((walk(data, [...path, EXPORT_NAMES.edges]) as Array<{ cursor: string }> | null) ?? []).map((e) => e.cursor);
    if (edges.length < size) return { after: null, count: located + edges.length };
    if (size === remaining + 1) return { after: edges[0], count: last };
    located += size;
    remaining -= size;
    cursor = edges[0];
    await setImmediate();
  }
}

/** Where a paged walk starts and how many elements of the list it takes (null: to the end). */
export async function startOf(exportRun: ExportRun): Promise<{ after: string | null; count: number | null }> {
  const { bounds } = exportRun.plan;
  if (exportRun.plan.connectionIndex === null) return { after: null, count: null };
  if (bounds.last !== null) return locateLast(exportRun, bounds.last, bounds.before);
  return { after: bounds.after, count: bounds.first };
}

/**
 * The rows, page by page. A connection is walked with its cursors, up to
 * 100 elements at a time, from where its after (or last) puts the start to
 * where its first (or last) or the request's limit ends it; each page runs
 * through the schema with its own context (fresh loaders, so nothing
 * accumulates). A statistics result or a plain list comes in one piece.
 * Memory holds one page, whatever the length of the list.
 */
export async function* exportPages(exportRun: ExportRun, start: { after: string | null; count: number | null }): AsyncGenerator<RowGroup[]> {
  const { plan, limit } = exportRun;
  const paging = plan.connectionIndex !== null;
  // With one list on the path an element is a row, so the limit can shorten the pages too.
  const rowPerElement = plan.levels.length === 1;
  let after = start.after;
  let elements = 0;
  let sent = 0;
  for (;;) {
    let size = MAX_PAGE_SIZE;
    if (start.count !== null) size = Math.min(size, start.count - elements);
    if (rowPerElement && limit != null) size = Math.min(size, limit - sent);
    const variables = paging ? { ...exportRun.variables, [EXPORT_NAMES.first]: size, [EXPORT_NAMES.after]: after } : exportRun.variables;
    const { data, ctx } = await run(exportRun, plan.document, variables);
    await exportRun.beforeSend?.(ctx);
    let groups = groupsOf(data, plan);
    elements += groups.length;
    if (limit != null) groups = cut(groups, limit - sent);
    sent += groups.reduce((n, g) => n + g.rows.length, 0);
    yield groups;
    if (!paging || (limit != null && sent >= limit) || (start.count !== null && elements >= start.count)) return;
    const pageInfo = walk(data, [...plan.rowKeys.slice(0, plan.connectionIndex! + 1), EXPORT_NAMES.pageInfo]) as { hasNextPage: boolean; endCursor: string | null } | null;
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
    // Let other requests and the socket have the event loop between pages: with SQLite (a synchronous
    // driver) a long export would otherwise hold it until the client stopped reading.
    await setImmediate();
  }
}

/** The groups holding the first `rows` rows; the group cut in the middle keeps only its first rows. */
export function cut(groups: RowGroup[], rows: number): RowGroup[] {
  const out: RowGroup[] = [];
  let left = Math.max(0, rows);
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.rows.length <= left ? group : { ...group, rows: group.rows.slice(0, left), partial: true });
    left -= group.rows.length;
  }
  return out;
}
