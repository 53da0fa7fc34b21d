import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger, MixedList, EntitySchema } from 'typeorm';
import { DatabaseUrl, SourceName } from '../config';
import { SnakeNamingStrategy } from './naming-strategy';
import { SOURCE_ENTITIES, SOURCE_MIGRATIONS } from './registry';

export interface SourceOptions {
  /** Receives every SQL statement; tests count statements through it. */
  logger?: Logger;
  /** Connection pool size for MySQL. */
  poolSize?: number;
  /** MariaDB reports column defaults differently; TypeORM must know which server it talks to. */
  flavor?: 'mysql' | 'mariadb';
}

type EntityList = MixedList<Function | string | EntitySchema>;

export function dataSourceOptions(source: SourceName, url: DatabaseUrl, options: SourceOptions = {}): DataSourceOptions {
  const common = {
    name: source,
    entities: SOURCE_ENTITIES[source] as EntityList,
    migrations: SOURCE_MIGRATIONS[source] as EntityList as Function[],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? (['query', 'error'] as const) : (['error'] as const),
  };
  if (url.driver === 'sqlite') {
    return {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database: url.file,
      enableWAL: url.file !== ':memory:',
      prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    logging: [...common.logging],
    type: options.flavor ?? 'mysql',
    host: url.host,
    port: url.port,
    username: url.user,
    password: url.password,
    database: url.database,
    charset: 'utf8mb4',
    // Business dates are DATE columns read as strings; instants are UTC.
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    poolSize: options.poolSize ?? 10,
    extra: { connectionLimit: options.poolSize ?? 10 },
  };
}

/**
 * Creates the MySQL database (utf8mb4) or the SQLite file's folder if
 * missing, and tells MariaDB from MySQL.
 */
export async function ensureDatabaseExists(url: DatabaseUrl): Promise<'mysql' | 'mariadb' | 'sqlite'> {
  if (url.driver === 'sqlite') {
    if (url.file !== ':memory:') fs.mkdirSync(path.dirname(url.file), { recursive: true });
    return 'sqlite';
  }
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({
    host: url.host,
    port: url.port,
    user: url.user,
    password: url.password,
    connectTimeout: 5000,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${url.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as Array<{ version: string }>)[0].version);
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/** Creates the database if needed and returns an initialised DataSource. */
export async function openDataSource(source: SourceName, url: DatabaseUrl, options: SourceOptions = {}): Promise<DataSource> {
  const kind = await ensureDatabaseExists(url);
  const dataSource = createSourceDataSource(source, url, { ...options, flavor: kind === 'sqlite' ? undefined : kind });
  await dataSource.initialize();
  return dataSource;
}

export function createSourceDataSource(source: SourceName, url: DatabaseUrl, options: SourceOptions = {}): DataSource {
  return new DataSource(dataSourceOptions(source, url, options));
}
