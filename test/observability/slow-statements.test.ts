import { Writable } from 'node:stream';
import { DataSource, Logger } from 'typeorm';
import { parseServingConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { PinoSqlLogger } from '../../src/observability/sql-log';
import { openDataSource } from '../../src/sources/data-source';
import { statementShape } from '../../src/sources/slow-statements';
import { describeEachBackend, freshDatabaseUrl } from '../support/backends';

const POOL = { size: 2, queueLimit: 10, statementTimeoutMs: 10_000, connectTimeoutMs: 3000, acquireTimeoutMs: 5000, retryAfterMs: 0 };

/** A statement slow on purpose: SQLite counts through a recursive CTE, MariaDB sleeps. The bound is a parameter. */
function slowStatement(backend: 'sqlite' | 'mysql'): { sql: string; parameter: number } {
  return backend === 'sqlite'
    ? { sql: 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT COUNT(*) AS c FROM n', parameter: 3_000_017 }
    : { sql: 'SELECT SLEEP(?) AS c', parameter: 0.3 };
}

describe('DB_SLOW_STATEMENT_MS', () => {
  it('defaults to 500 ms, below the statement timeout, so it can fire; 0 turns it off', () => {
    const config = parseServingConfig({}, 'production');
    expect(config.pool.slowStatementMs).toBe(500);
    expect(config.pool.slowStatementMs).toBeLessThan(config.pool.statementTimeoutMs);
    expect(parseServingConfig({ DB_SLOW_STATEMENT_MS: '0' }, 'production').pool.slowStatementMs).toBe(0);
  });

  it('logs a statement by its shape: whitespace folded, placeholder runs and repeated tuples counted', () => {
    expect(statementShape('SELECT *\n  FROM person WHERE id IN (?, ?, ?, ?) AND region_code = ?')).toBe('SELECT * FROM person WHERE id IN (?, … (4 values)) AND region_code = ?');
    expect(statementShape('INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)')).toBe('INSERT INTO t (a, b) VALUES (?, ?), … (3 rows)');
  });
});

describeEachBackend('slow statements', (backend) => {
  let source: DataSource | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    if (source?.isInitialized) await source.destroy();
    await drop?.();
  });

  async function open(slowStatementMs: number, logger: Logger): Promise<DataSource> {
    const fresh = await freshDatabaseUrl(backend, 'hr');
    drop = fresh.drop;
    source = await openDataSource('hr', fresh.url, { logger, pool: { ...POOL, slowStatementMs } });
    return source;
  }

  it('writes a warning with the source and the shape of a statement past the threshold, without its parameters', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const hr = await open(100, new PinoSqlLogger(createLogger('info', sink)));
    const { sql, parameter } = slowStatement(backend);
    await hr.query('SELECT 1 AS one');
    await hr.query(sql, [parameter]);
    const slow = lines.filter((l) => l.msg === 'slow statement');
    expect(slow).toEqual([expect.objectContaining({ level: 'warn', source: 'hr', sql: statementShape(sql), ms: expect.any(Number) })]);
    expect(slow[0].ms as number).toBeGreaterThanOrEqual(100);
    expect(JSON.stringify(slow)).not.toContain(String(parameter));
  });

  it('says nothing when the threshold is 0', async () => {
    const slow: string[] = [];
    const logger = { logQuerySlow: (_ms: number, query: string) => slow.push(query), logQuery() {}, logQueryError() {}, logSchemaBuild() {}, logMigration() {}, log() {} } as Logger;
    const hr = await open(0, logger);
    const { sql, parameter } = slowStatement(backend);
    await hr.query(sql, [parameter]);
    expect(slow).toEqual([]);
  });
});
