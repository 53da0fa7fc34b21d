import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Counts the SQL statements each source runs, so tests can assert batching bounds. */
export class SqlCounter extends AbstractLogger {
  statements: string[] = [];

  constructor() {
    super('all');
  }

  override logQuery(query: string): void {
    // MariaDB chains run as `SET STATEMENT optimizer_switch=… FOR WITH …`: one statement.
    if (/^\s*(SET STATEMENT\b[^]*?\bFOR\s+)?(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(query)) this.statements.push(query);
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {}

  reset(): void {
    this.statements = [];
  }
}
