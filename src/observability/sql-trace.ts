import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { DebugSqlMode, SourceName } from '../config';
import type { Viewer } from '../shared/auth/viewer';
import { wrapRunnerQueries } from '../sources/query-wrapper';
import { maskParameters } from './sql-parameters';
import { requestScope } from './request-scope';

/** One statement a request ran, as `extensions.sql` shows it. */
export interface TracedStatement {
  source: SourceName;
  sql: string;
  /** Bound values, personal data masked (see sql-parameters.ts). */
  parameters: unknown[];
  /** Time in the driver, waiting for a pooled connection included, in milliseconds. */
  ms: number;
  /** Rows returned, or rows changed by a write; null when the driver does not say. */
  rows: number | null;
  /** The driver's error, when the statement failed. */
  error?: string;
}

/** The request header that asks for the trace; any of these values turns it on. */
export const DEBUG_SQL_HEADER = 'x-debug-sql';
const YES = new Set(['1', 'true', 'yes', 'on']);

/** A request's trace stops growing here (a DISABLE_BATCHING run may issue thousands); the rest are only counted. */
export const MAX_TRACED_STATEMENTS = 500;
const MAX_SQL_CHARS = 20_000;

export function asksForSqlTrace(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && YES.has(value.trim().toLowerCase());
}

/** Whether this viewer gets the trace it asked for under the configured mode. */
export function mayReadSqlTrace(mode: DebugSqlMode, viewer: Pick<Viewer, 'role'> | undefined): boolean {
  if (mode === 'on') return true;
  return mode === 'admin' && viewer?.role === 'ADMIN';
}

function rowCount(result: unknown): number | null {
  if (Array.isArray(result)) return result.length;
  if (!result || typeof result !== 'object') return null;
  const r = result as { records?: unknown; affected?: unknown; affectedRows?: unknown };
  if (Array.isArray(r.records) && (r.records.length > 0 || typeof r.affected !== 'number')) return r.records.length;
  if (typeof r.affected === 'number') return r.affected;
  if (typeof r.affectedRows === 'number') return r.affectedRows;
  return null;
}

/**
 * Times every statement of the source and, inside a request that asked
 * for the trace, appends it to the request's scope. Requests that did not
 * ask pay one property read per statement.
 */
export function traceSource(dataSource: DataSource, source: SourceName): void {
  wrapRunnerQueries(dataSource, (query) => (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    const trace = requestScope()?.sqlTrace;
    if (!trace) return query(sql, parameters, structured as true);
    const started = performance.now();
    const record = (rows: number | null, error?: unknown) => {
      trace.total += 1;
      if (trace.statements.length >= MAX_TRACED_STATEMENTS) return;
      trace.statements.push({
        source,
        sql: sql.length > MAX_SQL_CHARS ? `${sql.slice(0, MAX_SQL_CHARS)} …` : sql,
        parameters: maskParameters(parameters),
        ms: Math.round((performance.now() - started) * 100) / 100,
        rows,
        ...(error === undefined ? {} : { error: error instanceof Error ? error.message : String(error) }),
      });
    };
    try {
      const result = await query(sql, parameters, structured as true);
      record(rowCount(result));
      return result;
    } catch (error) {
      record(null, error);
      throw error;
    }
  }) as typeof query);
}

/** What a request's scope collects while it runs. */
export interface SqlTrace {
  statements: TracedStatement[];
  /** Statements run, those past MAX_TRACED_STATEMENTS included. */
  total: number;
}

export function newSqlTrace(): SqlTrace {
  return { statements: [], total: 0 };
}

/**
 * Whether the trace shows how many rows each statement returned. A row count
 * answers what the response itself hides: a refused filing's person lookup
 * returns 1 row for a person outside a partner's region and 0 for a number
 * nobody registered, and a statistics GROUP BY returns a row per non-empty
 * cell, suppressed ones included. Only an administrator, who reads
 * everything, sees them; others see the statements, their parameters
 * (masked) and their times.
 */
export function mayReadRowCounts(viewer: Pick<Viewer, 'role'> | undefined): boolean {
  return viewer?.role === 'ADMIN';
}

/** `extensions.sql` of a response: totals, then each source's statements in the order they ran (`rows` null unless `rowCounts`). */
export function sqlTraceExtension(statements: readonly TracedStatement[], total: number, options: { rowCounts: boolean }) {
  const sources: Partial<Record<SourceName, Array<Omit<TracedStatement, 'source'>>>> = {};
  for (const { source, ...statement } of statements) (sources[source] ??= []).push(options.rowCounts ? statement : { ...statement, rows: null });
  const ms = statements.reduce((sum, s) => sum + s.ms, 0);
  return {
    statements: total,
    ...(total > statements.length ? { omitted: total - statements.length } : {}),
    totalMs: Math.round(ms * 100) / 100,
    sources,
  };
}
