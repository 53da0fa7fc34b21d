import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { SourceName } from '../config';
import { requestScope } from '../observability/request-scope';
import { recordStatement } from '../observability/sql-trace';
import { Query, wrapQueryRunners } from './library-patches';
import { sanitizeStatement, tracingEnabled, withSpan } from '../observability/tracing';

function statementSpan<T>(system: string, source: SourceName, sql: string, run: () => Promise<T>): Promise<T> {
  const operation = /^\s*(?:SET\s+STATEMENT\b[^]*?\bFOR\s+)?\(?\s*(\w+)/i.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
  return withSpan(`${operation} ${source}`, { 'db.system': system, 'db.namespace': source, 'db.operation': operation, 'db.statement': sanitizeStatement(sql) }, run);
}

/** Rows a statement returned, or changed (TypeORM's structured result, mysql2's header); null when the driver does not say. */
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
 * for the SQL trace, appends it to the request's scope (see
 * observability/sql-trace.ts). Requests that did not ask pay one property
 * read per statement.
 */
export function traceSource(dataSource: DataSource, source: SourceName): void {
  const system = dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  wrapQueryRunners(dataSource, (inner) => (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    // With OpenTelemetry on, every statement is a span on both drivers: its text with placeholders only, never its values.
    const query = (tracingEnabled() ? (s: string, p?: unknown[], st?: boolean) => statementSpan(system, source, s, () => inner(s, p, st as true)) : inner) as Query;
    const trace = requestScope()?.sqlTrace;
    if (!trace) return query(sql, parameters, structured as true);
    const started = performance.now();
    const record = (rows: number | null, error?: unknown) => recordStatement(trace, { source, sql, parameters, ms: performance.now() - started, rows, error });
    try {
      const result = await query(sql, parameters, structured as true);
      record(rowCount(result));
      return result;
    } catch (error) {
      record(null, error);
      throw error;
    }
  }) as Query);
}
