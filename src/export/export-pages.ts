import { setImmediate } from 'node:timers/promises';
import { execute, GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { MAX_PAGE_SIZE } from '../shared/relay/paging';
import { ExportExecutionError } from './export-error';
import { ExportPlan, PAGE_INFO_ALIAS, PAGE_VARIABLES } from './export-plan';

export interface ExportRun {
  schema: GraphQLSchema;
  plan: ExportPlan;
  variables: Record<string, unknown>;
  /** A context as GraphQL builds one for this HTTP request: same viewer, fresh loaders. Called once per page. */
  contextFor(): Promise<RequestContext>;
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

function rowsOf(data: unknown, plan: ExportPlan): unknown[] {
  const keys = plan.rowKeys;
  if (plan.listIndex === null) {
    const row = walk(data, keys);
    return row === null ? [] : [row];
  }
  const list = walk(data, keys.slice(0, plan.listIndex + 1));
  if (!Array.isArray(list)) return [];
  const rest = keys.slice(plan.listIndex + 1);
  return list.map((element) => walk(element, rest)).filter((row) => row !== null);
}

/** The variables of one run of the plan's document: the client's, and the page asked for when paging. */
export function pageVariables(plan: ExportPlan, variables: Record<string, unknown>, after: string | null): Record<string, unknown> {
  return plan.connectionIndex === null ? variables : { ...variables, [PAGE_VARIABLES.first]: MAX_PAGE_SIZE, [PAGE_VARIABLES.after]: after };
}

/**
 * The rows, page by page. A connection is walked with its cursors, 100 rows
 * at a time, each page run through the schema with its own context (fresh
 * loaders, so nothing accumulates); a statistics result or a plain list comes
 * in one piece. Memory holds one page, whatever the length of the list.
 */
export async function* exportPages(run: ExportRun): AsyncGenerator<unknown[]> {
  const { plan } = run;
  const paging = plan.connectionIndex !== null;
  let after: string | null = null;
  let sent = 0;
  for (;;) {
    const ctx = await run.contextFor();
    const result = await execute({
      schema: run.schema,
      document: plan.document,
      operationName: plan.operationName ?? undefined,
      variableValues: pageVariables(plan, run.variables, after),
      contextValue: ctx,
    });
    if (result.errors?.length) throw new ExportExecutionError(result.errors);
    await run.beforeSend?.(ctx);
    let rows = rowsOf(result.data, plan);
    if (run.limit != null) rows = rows.slice(0, Math.max(0, run.limit - sent));
    sent += rows.length;
    yield rows;
    if (!paging || (run.limit != null && sent >= run.limit)) return;
    const pageInfo = walk(result.data, [...plan.rowKeys.slice(0, plan.connectionIndex! + 1), PAGE_INFO_ALIAS]) as { hasNextPage: boolean; endCursor: string | null } | null;
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
    // Let other requests and the socket have the event loop between pages: with SQLite (a synchronous
    // driver) a long export would otherwise hold it until the client stopped reading.
    await setImmediate();
  }
}
