import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, Logger } from 'typeorm';
import { DatabaseUrl, SOURCE_NAMES, SourceName } from '../../src/config';
import { ensureDatabaseExists, openDataSource } from '../../src/sources/data-source';
import { mysqlTestUrl } from './mysql-probe';

export type Backend = 'sqlite' | 'mysql';

/** Backends every database test runs on: SQLite always, MySQL when the global setup found it. */
export function backends(): Backend[] {
  return process.env.TEST_MYSQL_AVAILABLE === '1' ? ['sqlite', 'mysql'] : ['sqlite'];
}

/**
 * `describe` once per backend; the MySQL block is reported as skipped (with
 * its reason in the title) when no server answers.
 */
export function describeEachBackend(title: string, body: (backend: Backend) => void): void {
  describe(`${title} [sqlite]`, () => body('sqlite'));
  if (process.env.TEST_MYSQL_AVAILABLE === '1') {
    describe(`${title} [mysql]`, () => body('mysql'));
  } else {
    describe.skip(`${title} [mysql] (skipped: no MySQL/MariaDB server answers)`, () => body('mysql'));
  }
}

/** A fresh, empty database URL for one source of one test file. */
export async function freshDatabaseUrl(backend: Backend, source: SourceName): Promise<{ url: DatabaseUrl; drop: () => Promise<void> }> {
  const tag = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  if (backend === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-test-'));
    const file = path.join(dir, `${source}.sqlite`);
    return {
      url: { driver: 'sqlite', file, raw: `sqlite:${file}` },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = new URL(mysqlTestUrl());
  const database = `t_${source}_${tag}`;
  const url: DatabaseUrl = {
    driver: 'mysql',
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username || 'root'),
    password: decodeURIComponent(base.password),
    database,
    raw: `mysql://${base.host}/${database}`,
  };
  await ensureDatabaseExists(url);
  return {
    url,
    drop: async () => {
      const mysql = await import('mysql2/promise');
      const connection = await mysql.createConnection({ host: url.host, port: url.port, user: url.user, password: url.password });
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.end();
    },
  };
}

export interface TestSources {
  sources: Record<SourceName, DataSource>;
  urls: Record<SourceName, DatabaseUrl>;
  close: () => Promise<void>;
}

/** Fresh databases for all three sources, initialised and optionally migrated. */
export async function openTestSources(
  backend: Backend,
  options: { migrate?: boolean; loggers?: Partial<Record<SourceName, Logger>> } = {},
): Promise<TestSources> {
  const sources = {} as Record<SourceName, DataSource>;
  const urls = {} as Record<SourceName, DatabaseUrl>;
  const drops: Array<() => Promise<void>> = [];
  for (const source of SOURCE_NAMES) {
    const { url, drop } = await freshDatabaseUrl(backend, source);
    drops.push(drop);
    urls[source] = url;
    const dataSource = await openDataSource(source, url, { logger: options.loggers?.[source], poolSize: 4 });
    if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
    sources[source] = dataSource;
  }
  return {
    sources,
    urls,
    close: async () => {
      for (const dataSource of Object.values(sources)) if (dataSource.isInitialized) await dataSource.destroy();
      for (const drop of drops) await drop();
    },
  };
}
