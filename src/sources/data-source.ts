import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger, MixedList, EntitySchema } from 'typeorm';
import { DatabaseUrl, PoolSettings, SourceName } from '../config';
import { SnakeNamingStrategy } from './naming-strategy';
import { SOURCE_ENTITIES, SOURCE_MIGRATIONS } from './registry';
import { limitAcquireTime, onEveryClusterConnection, requireMysqlPromiseWrapperOnce } from './library-patches';
import { replicationOptions, routeReads } from './replicas';
import { guardSource } from './source-guard';
import { traceSource } from './statement-trace';
import { SourceLogger } from './source-logger';
import { watchSlowStatements } from './slow-statements';

export interface SourceOptions {
  /** Receives every SQL statement; tests count statements through it. */
  logger?: Logger;
  /** Connection pool size for MySQL. */
  poolSize?: number;
  /** MariaDB reports column defaults differently; TypeORM must know which server it talks to. */
  flavor?: 'mysql' | 'mariadb';
  /**
   * Pool bounds and time limits for serving. Without them (migrations,
   * seeding, tests) statements may run as long as they need.
   */
  pool?: Partial<PoolSettings>;
  /** Read replicas of a MySQL source and how they are watched (serving only; see replicas.ts). */
  replicas?: { urls: DatabaseUrl[]; maxLagSeconds: number; checkIntervalMs: number };
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
    // Counts statements per request and per source, and passes them on to the caller's logger.
    logger: new SourceLogger(source, options.logger),
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
    ...(options.replicas?.urls.length ? { replication: replicationOptions(url, options.replicas.urls) } : {}),
    charset: 'utf8mb4',
    // Business dates are DATE columns read as strings; instants are UTC.
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: true,
    // mysql2 captures a stack trace for every statement unless told not to; our errors carry their own context.
    trace: false,
    ...poolOptions(options),
  };
}

/** Grace on top of the server-side statement limit before the client gives up on a silent server. */
const CLIENT_TIMEOUT_GRACE_MS = 1000;

function poolOptions(options: SourceOptions) {
  const pool = options.pool;
  const size = pool?.size ?? options.poolSize ?? 10;
  const statementMs = pool?.statementTimeoutMs ?? 0;
  return {
    poolSize: size,
    ...(pool?.connectTimeoutMs ? { connectTimeout: pool.connectTimeoutMs } : {}),
    // mysql2 gives up on a statement the server never answers (a dead host, a cut network).
    ...(statementMs > 0 ? { maxQueryExecutionTime: statementMs + CLIENT_TIMEOUT_GRACE_MS, enableQueryTimeout: true } : {}),
    ...(statementMs > 0 ? { driver: mysqlWithSessionLimit(options.flavor ?? 'mysql', statementMs) } : {}),
    extra: {
      connectionLimit: size,
      waitForConnections: true,
      ...(pool?.queueLimit ? { queueLimit: pool.queueLimit } : {}),
      enableKeepAlive: true,
      keepAliveInitialDelay: 10_000,
    },
  };
}

/**
 * mysql2 with every new pooled connection limited on the server side:
 * MariaDB aborts any statement after max_statement_time (seconds), MySQL 8
 * a SELECT after max_execution_time (ms). The SET is queued on the
 * connection before the statement that asked for it, so none runs unlimited.
 */
function mysqlWithSessionLimit(flavor: 'mysql' | 'mariadb', statementMs: number) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2');
  const limit =
    flavor === 'mariadb' ? `SET SESSION max_statement_time = ${(statementMs / 1000).toFixed(3)}` : `SET SESSION max_execution_time = ${Math.round(statementMs)}`;
  const setLimit = (connection: { query: (sql: string, cb: (error: Error | null) => void) => void }) => {
    connection.query(limit, (error) => {
      if (error) process.emitWarning(`could not limit statement time (${limit}): ${error.message}`);
    });
  };
  return {
    ...mysql,
    createPool(config: unknown) {
      const pool = mysql.createPool(config);
      pool.on('connection', setLimit);
      return pool;
    },
    // With replicas TypeORM builds a PoolCluster, whose nodes (primary and replicas) get the same limit.
    createPoolCluster(config: unknown) {
      const cluster = mysql.createPoolCluster(config);
      onEveryClusterConnection(cluster, setLimit as (connection: unknown) => void);
      return cluster;
    },
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
  // Innermost, so a replica's failure falls back to the primary before the guard sees it (and marks the source down).
  if (kind !== 'sqlite' && options.replicas?.urls.length) await routeReads(dataSource, source, options.replicas);
  guardSource(dataSource, source, { retryAfterMs: options.pool?.retryAfterMs });
  // Outside the guard, so a statement's time includes a retry on a fresh connection.
  traceSource(dataSource, source);
  if (kind !== 'sqlite') requireMysqlPromiseWrapperOnce();
  watchSlowStatements(dataSource, source, options.pool?.slowStatementMs ?? 0);
  const acquireMs = options.pool?.acquireTimeoutMs;
  if (kind !== 'sqlite' && acquireMs) {
    limitAcquireTime(dataSource, acquireMs, () => Object.assign(new Error(`no ${source} connection became free within ${acquireMs} ms`), { code: 'ACQUIRE_TIMEOUT' }));
  }
  return dataSource;
}

export function createSourceDataSource(source: SourceName, url: DatabaseUrl, options: SourceOptions = {}): DataSource {
  return new DataSource(dataSourceOptions(source, url, options));
}
