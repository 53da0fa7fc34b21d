import type { Logger as TypeormLogger, QueryRunner } from 'typeorm';
import { requestScope } from './request-scope';
import type { Logger } from './logger';
import { maskParameters } from './sql-parameters';

/**
 * The sources' TypeORM logger when serving: failed and slow statements and
 * driver warnings as structured lines, and at LOG_LEVEL=trace every
 * statement (parameters masked as in `extensions.sql`).
 */
export class PinoSqlLogger implements TypeormLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    if (!this.logger.isLevelEnabled('trace')) return;
    this.logger.trace({ requestId: requestScope()?.id, source: sourceOf(queryRunner), sql: query, parameters: maskParameters(parameters) }, 'statement');
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const err = typeof error === 'string' ? new Error(error) : error;
    this.logger.warn({ requestId: requestScope()?.id, source: sourceOf(queryRunner), err, sql: query.slice(0, 500) }, 'statement failed');
  }

  /** `query` is the statement's shape (sources/slow-statements.ts): no parameter values reach this line. */
  logQuerySlow(time: number, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.logger.warn({ requestId: requestScope()?.id, source: sourceOf(queryRunner), ms: time, sql: query }, 'slow statement');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: QueryRunner): void {
    this.logger[level === 'warn' ? 'warn' : 'info']({ source: sourceOf(queryRunner), detail: String(message) }, 'database');
  }
}

function sourceOf(queryRunner?: QueryRunner): string | undefined {
  return (queryRunner?.connection.options as { name?: string } | undefined)?.name;
}
