import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { SourceName } from '../config';
import { wrapQueryRunners } from './library-patches';
import { SourceLogger } from './source-logger';

/** Longest shape logged: enough to recognise any statement the layer writes. */
const MAX_SHAPE_CHARS = 2000;

/**
 * What a statement is, without what it was asked about: whitespace folded,
 * and a run of placeholders (`?, ?, …` of an IN list, the tuples of a
 * multi-row INSERT) folded to its first one and a count, so statements that
 * differ only in how many keys they carry log alike. Values are never in it:
 * statements carry them as parameters, which are not logged.
 */
export function statementShape(sql: string): string {
  const folded = sql
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\([^()]*\))(?:\s*,\s*\1){2,}/g, (run, tuple: string) => `${tuple}, … (${run.split(tuple).length - 1} rows)`)
    .replace(/\?(?:\s*,\s*\?){2,}/g, (run) => `?, … (${run.split('?').length - 1} values)`);
  return folded.length > MAX_SHAPE_CHARS ? `${folded.slice(0, MAX_SHAPE_CHARS)} …` : folded;
}

/**
 * Times every statement of the source and logs those that took
 * `thresholdMs` or longer through the source's logger (`slow statement`,
 * with the source and the statement's shape). Measured here rather than by
 * TypeORM's maxQueryExecutionTime, which this layer uses as mysql2's
 * client-side timeout: logging there could only fire after the server had
 * already killed the statement.
 */
export function watchSlowStatements(dataSource: DataSource, source: SourceName, thresholdMs: number): void {
  if (!(thresholdMs > 0)) return;
  const logger = dataSource.logger instanceof SourceLogger ? dataSource.logger : null;
  if (!logger) return;
  wrapQueryRunners(dataSource, (query, runner) => (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    const started = performance.now();
    try {
      return await query(sql, parameters, structured as true);
    } finally {
      const ms = performance.now() - started;
      if (ms >= thresholdMs) logger.slowStatement(Math.round(ms), statementShape(sql), runner);
    }
  }) as typeof query);
}
