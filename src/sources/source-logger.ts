import { AdvancedConsoleLogger, Logger, QueryRunner } from 'typeorm';
import type { SourceName } from '../config';
import { countStatement } from '../observability/request-scope';

/**
 * The TypeORM logger of one source: counts each statement against the
 * request that runs it (through the request scope, so no caller has to
 * pass anything), then hands everything to the caller's logger — a test's
 * SqlCounter, the server's pino logger, or TypeORM's console logger for
 * errors when there is none.
 */
export class SourceLogger implements Logger {
  private readonly inner: Logger;

  constructor(readonly source: SourceName, inner?: Logger) {
    this.inner = inner ?? new AdvancedConsoleLogger(['error']);
  }

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    countStatement(this.source);
    this.inner.logQuery(query, parameters, queryRunner);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.inner.logQueryError(error, query, parameters, queryRunner);
  }

  /**
   * TypeORM's own report, past maxQueryExecutionTime: that is mysql2's
   * client timeout here (DB_STATEMENT_TIMEOUT_MS + 1 s), so the statement
   * has failed and logQueryError tells it. Slow statements are reported by
   * slowStatement (slow-statements.ts) at DB_SLOW_STATEMENT_MS instead.
   */
  logQuerySlow(): void {}

  /** A statement that ran DB_SLOW_STATEMENT_MS or longer: its shape only, never its parameters. */
  slowStatement(ms: number, shape: string, queryRunner?: QueryRunner): void {
    this.inner.logQuerySlow(ms, shape, undefined, queryRunner);
  }

  logSchemaBuild(message: string, queryRunner?: QueryRunner): void {
    this.inner.logSchemaBuild(message, queryRunner);
  }

  logMigration(message: string, queryRunner?: QueryRunner): void {
    this.inner.logMigration(message, queryRunner);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: QueryRunner): void {
    this.inner.log(level, message, queryRunner);
  }
}
