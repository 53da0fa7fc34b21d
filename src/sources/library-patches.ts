import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Every place this layer reaches past the public API of TypeORM or mysql2,
 * in one file. Where a public hook exists it is used instead, elsewhere:
 * statements are counted by the TypeORM Logger (source-logger.ts), and
 * MySQL statement time limits are set through the `driver` DataSource
 * option and the mysql2 pool's `connection` event (data-source.ts). What is
 * left has no public hook:
 *
 * - running code around each statement with the power to refuse, retry or
 *   replace its error (TypeORM's beforeQuery/afterQuery subscribers can only
 *   watch, and report neither the rows a write changed on SQLite nor the
 *   wait for a pooled connection);
 * - dropping a query runner's dead pooled connection;
 * - bounding the wait for a pooled connection (neither library has a timeout);
 * - reading a mysql2 pool's connection counts (it keeps no public counters);
 * - mysql2's PoolConnection.promise(), which TypeORM calls for every
 *   statement, and which `require`s its wrapper class on every call.
 *
 * test/db/library-patches.test.ts checks, on both drivers, that the shapes
 * relied on here still exist and behave, so an upgrade that moves them
 * fails there rather than in production.
 */

export type Query = QueryRunner['query'];

/**
 * Puts `wrap` around the `query` method of every query runner the source
 * hands out (TypeORM: Driver.createQueryRunner, QueryRunner.query). Each
 * runner is wrapped once per wrapper: better-sqlite3's driver hands out the
 * SAME runner for every statement, and wrapping it again on each hand-out
 * would nest one wrapper per statement until the stack overflows.
 */
export function wrapQueryRunners(dataSource: DataSource, wrap: (query: Query, runner: QueryRunner) => Query): void {
  const wrapped = new WeakSet<QueryRunner>();
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (wrapped.has(runner)) return runner;
    wrapped.add(runner);
    runner.query = wrap(runner.query.bind(runner), runner);
    return runner;
  };
}

/** TypeORM's MysqlQueryRunner keeps its pooled mysql2 connection here (the SQLite runner has none of its own). */
interface RunnerConnection {
  databaseConnection?: { destroy?: () => void };
  databaseConnectionPromise?: Promise<unknown>;
}

/**
 * Closes the runner's pooled connection for good (the pool never hands it
 * out again) and forgets it, so the runner's next statement takes a fresh
 * one from the pool.
 */
export function dropRunnerConnection(runner: QueryRunner, options: { forget: boolean }): void {
  const r = runner as unknown as RunnerConnection;
  r.databaseConnection?.destroy?.();
  if (!options.forget) return;
  r.databaseConnection = undefined;
  r.databaseConnectionPromise = undefined;
}

/** TypeORM's MysqlDriver takes every master connection from the pool through this method. */
interface ConnectionObtainer {
  obtainMasterConnection: () => Promise<{ release: () => void }>;
}

/**
 * Bounds the wait for a pooled MySQL connection (mysql2 pools wait for
 * ever): past `timeoutMs` the statement fails with `timeoutError()`, and a
 * connection that arrives after the caller gave up goes straight back.
 */
export function limitAcquireTime(dataSource: DataSource, timeoutMs: number, timeoutError: () => Error): void {
  const driver = dataSource.driver as unknown as ConnectionObtainer;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () =>
    new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(timeoutError());
      }, timeoutMs);
      obtain().then(
        (connection) => {
          if (gaveUp) connection.release();
          else {
            clearTimeout(timer);
            resolve(connection);
          }
        },
        (error: unknown) => {
          if (gaveUp) return;
          clearTimeout(timer);
          reject(error);
        },
      );
    });
}

/** A mysql2 pool's own lists (TypeORM's MysqlDriver keeps the pool in `pool`, or a PoolCluster in `poolCluster` with replicas). */
interface PoolLists {
  pool?: { _allConnections?: { length: number }; _freeConnections?: { length: number }; _connectionQueue?: { length: number } };
  poolCluster?: { _nodes?: Record<string, { pool: PoolLists['pool'] }> };
}

/** Connections of a MySQL source's (primary's) pool: in use, idle, and requests waiting for one; null for SQLite. */
export function poolStats(dataSource: DataSource): { used: number; idle: number; waiting: number } | null {
  const driver = dataSource.driver as unknown as PoolLists;
  const pool = driver.pool ?? driver.poolCluster?._nodes?.MASTER?.pool;
  if (!pool?._allConnections) return null;
  const all = pool._allConnections.length;
  const idle = pool._freeConnections?.length ?? 0;
  return { used: all - idle, idle, waiting: pool._connectionQueue?.length ?? 0 };
}

/** mysql2's pooled connection class, whose `promise()` wraps it for async use. */
interface PromiseWrapping {
  prototype: { promise: (promiseImpl?: PromiseConstructor) => unknown; __promiseCached?: boolean };
}

/**
 * Makes mysql2's PoolConnection.promise() build its wrapper from a class
 * required once: TypeORM's MysqlQueryRunner calls it for every statement,
 * and mysql2 resolves `require('./promise/pool_connection.js')` each time.
 */
export function requireMysqlPromiseWrapperOnce(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PoolConnection = require('mysql2').PoolConnection as PromiseWrapping;
  if (PoolConnection.prototype.__promiseCached) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PromisePoolConnection = require('mysql2/promise').PromisePoolConnection as new (connection: unknown, promiseImpl?: PromiseConstructor) => unknown;
  PoolConnection.prototype.promise = function promise(this: unknown, promiseImpl?: PromiseConstructor) {
    return new PromisePoolConnection(this, promiseImpl);
  };
  PoolConnection.prototype.__promiseCached = true;
}

/** A mysql2 PoolCluster as TypeORM's MysqlDriver builds it with the `replication` option: nodes MASTER, SLAVE0, SLAVE1, … */
export interface ClusterLike {
  getConnection(pattern: string, callback: (error: Error | null, connection: unknown) => void): void;
  _nodes?: Record<string, { pool: { on: (event: 'connection', listener: (connection: unknown) => void) => void } }>;
}

/** The PoolCluster of a replicated MySQL source; null for one without replicas. */
export function poolClusterOf(dataSource: DataSource): ClusterLike | null {
  return ((dataSource.driver as unknown as { poolCluster?: ClusterLike }).poolCluster ?? null) as ClusterLike | null;
}

/**
 * Runs `listener` on every new connection of every node of a PoolCluster
 * (mysql2 emits `connection` only on each node's own pool, which the
 * cluster builds itself in `add`).
 */
export function onEveryClusterConnection(cluster: { add: (id: string, config: unknown) => void }, listener: (connection: unknown) => void): void {
  const add = cluster.add.bind(cluster);
  cluster.add = (id: string, config: unknown) => {
    add(id, config);
    (cluster as unknown as ClusterLike)._nodes?.[id]?.pool.on('connection', listener);
  };
}

/** The cluster node (SLAVE0, MASTER, …) a pooled connection came from; mysql2 marks it on the connection. */
export function clusterNodeOf(connection: unknown): string | null {
  return (connection as { _clusterId?: string } | undefined)?._clusterId ?? null;
}

/** The mysql2 connection a TypeORM query runner holds, if any. */
export function runnerConnection(runner: QueryRunner): unknown {
  return (runner as unknown as RunnerConnection).databaseConnection;
}
