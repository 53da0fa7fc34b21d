import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { SourceName } from '../config';
import { requestScope } from '../observability/request-scope';
import { recordStatement } from '../observability/sql-trace';
import { Query, wrapQueryRunners } from './library-patches';

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
  wrapQueryRunners(dataSource, (query) => (async (sql: string, parameters?: unknown[], structured?: boolean) => {
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
