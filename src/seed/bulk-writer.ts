import { DataSource, QueryRunner } from 'typeorm';
import { ProgressBar } from './progress';

export type Value = string | number | boolean | null;

/**
 * One connection and one running transaction per database, shared by all of
 * its writers: SQLite has a single connection anyway, and chunked commits keep
 * SQLite fast and MySQL's redo log small.
 */
export class BulkSession {
  private statementsInTransaction = 0;

  private constructor(readonly runner: QueryRunner) {}

  static async open(dataSource: DataSource): Promise<BulkSession> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    return new BulkSession(runner);
  }

  writer(table: string, columns: readonly string[], progress?: ProgressBar, parents: BulkWriter[] = []): BulkWriter {
    return new BulkWriter(this, table, columns, progress, parents);
  }

  async execute(sql: string, params: unknown[]): Promise<void> {
    if (!this.runner.isTransactionActive) await this.runner.startTransaction();
    await this.runner.query(sql, params);
    if (++this.statementsInTransaction >= 50) await this.commit();
  }

  async commit(): Promise<void> {
    if (this.runner.isTransactionActive) await this.runner.commitTransaction();
    this.statementsInTransaction = 0;
  }

  async close(): Promise<void> {
    try {
      await this.commit();
    } finally {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
      await this.runner.release();
    }
  }
}

/**
 * Streams rows into one table as multi-row INSERTs, so memory holds one batch
 * whatever the scale. A writer flushes its parents first, so a child row never
 * reaches the database before the row its foreign key names.
 */
export class BulkWriter {
  private rows: Value[][] = [];
  private readonly sqlPrefix: string;
  private readonly placeholders: string;
  private readonly batchSize: number;
  written = 0;

  constructor(
    private readonly session: BulkSession,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly progress: ProgressBar | undefined,
    private readonly parents: BulkWriter[],
  ) {
    const quote = (name: string) => session.runner.connection.driver.escape(name);
    this.sqlPrefix = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES `;
    this.placeholders = `(${columns.map(() => '?').join(', ')})`;
    // SQLite allows 32,766 bound parameters a statement; stay well below.
    this.batchSize = Math.max(50, Math.floor(12_000 / columns.length));
  }

  async push(row: Value[]): Promise<void> {
    if (row.length !== this.columns.length) {
      throw new Error(`${this.table}: row has ${row.length} values for ${this.columns.length} columns`);
    }
    this.rows.push(row);
    if (this.rows.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    for (const parent of this.parents) await parent.flush();
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const sql = this.sqlPrefix + rows.map(() => this.placeholders).join(', ');
    const params: unknown[] = [];
    for (const row of rows) for (const v of row) params.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
    await this.session.execute(sql, params);
    this.written += rows.length;
    this.progress?.advance(rows.length, this.table);
  }
}
