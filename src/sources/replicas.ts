import type { DataSource, QueryRunner } from 'typeorm';
import type { DatabaseUrl, SourceName } from '../config';
import { requestScope } from '../observability/request-scope';
import { clusterNodeOf, dropRunnerConnection, poolClusterOf, Query, runnerConnection, wrapQueryRunners } from './library-patches';

/**
 * Read replicas of a MySQL/MariaDB source.
 *
 * TypeORM's `replication` option builds one mysql2 PoolCluster with the
 * primary as node MASTER and the replicas as SLAVE0, SLAVE1, …; query
 * runners in "slave" mode take their connection from a replica. This file
 * decides which:
 *
 * - **What reads a replica.** A statement run by the DataSource itself (no
 *   query runner of the caller's) that only reads: `SELECT`/`WITH` (also under `SET STATEMENT … FOR`), without
 *   `FOR UPDATE`, `LOCK IN SHARE MODE` or a named lock. Everything in a
 *   transaction (a filing, the audit log, migrations) runs on the
 *   transaction's runner, in "master" mode, on the primary; so do all
 *   writes. A request that runs a mutation reads the primary from then on
 *   (RequestScope.readPrimary), so its answer and its checks of the other
 *   agency's records see the rows just written.
 * - **Which replica.** Round robin over the healthy ones. A replica is
 *   healthy when it answers and `SHOW REPLICA STATUS` says both replication
 *   threads run and `Seconds_Behind_Master` is at most REPLICA_MAX_LAG_SECONDS.
 *   Every replica is checked at start and then every REPLICA_CHECK_INTERVAL_MS,
 *   and at once when a statement on it fails.
 * - **Fallback.** With no healthy replica, reads go to the primary. A read
 *   whose replica refuses the connection or loses it is marked down and run
 *   again on the primary (or another healthy replica), so the caller sees no
 *   error.
 *
 * The replica's user needs the REPLICA MONITOR privilege on MariaDB ≥ 10.5
 * (REPLICATION CLIENT on MySQL) to read the status; without it the replica
 * is skipped and a warning says so.
 */

export type ReplicaHealth = 'unknown' | 'healthy' | 'down' | 'stopped' | 'lagging' | 'unreadable';

export interface ReplicaState {
  /** The PoolCluster node: SLAVE0, SLAVE1, … in the order of the variable. */
  node: string;
  /** host:port/database, never the password. */
  address: string;
  health: ReplicaHealth;
  /** Seconds_Behind_Master at the last check; null when unknown (not replicating, unreachable). */
  lagSeconds: number | null;
  /** Why it is skipped, in words; null when healthy. */
  reason: string | null;
  checkedAt: number;
}

export interface ReplicaSettings {
  urls: DatabaseUrl[];
  maxLagSeconds: number;
  checkIntervalMs: number;
  /** DB_ACQUIRE_TIMEOUT_MS: a read that waits this long for a free replica connection takes one of the primary's instead. */
  acquireTimeoutMs?: number;
}

interface ReplicaSet {
  source: SourceName;
  states: ReplicaState[];
  settings: ReplicaSettings;
  next: number;
  timer: NodeJS.Timeout | null;
  checking: Promise<void> | null;
  /** Statements sent to a replica / to the primary for want of one (for tests and metrics). */
  routed: { replica: number; primary: number };
}

const sets = new WeakMap<DataSource, ReplicaSet>();

/** The `replication` option of TypeORM's MySQL driver for a primary and its replicas. */
export function replicationOptions(primary: DatabaseUrl & { driver: 'mysql' }, replicas: DatabaseUrl[]) {
  const node = (url: DatabaseUrl) => {
    if (url.driver !== 'mysql') throw new Error(`replica ${url.raw} is not a MySQL/MariaDB URL`);
    return { host: url.host, port: url.port, username: url.user, password: url.password, database: url.database };
  };
  return {
    master: node(primary),
    slaves: replicas.map(node),
    // Routing and health are decided here, not by the cluster: it must neither retry elsewhere nor drop a node for good.
    canRetry: false,
    removeNodeErrorCount: Number.MAX_SAFE_INTEGER,
    restoreNodeTimeout: 0,
    selector: 'ORDER' as const,
    defaultMode: 'slave' as const,
  };
}

/** A read, also when MariaDB runs it with its own settings (`SET STATEMENT … FOR SELECT …`, records/chain.ts). */
const READ = /^\s*(?:SET\s+STATEMENT\b[^]*?\bFOR\s+)?\(?\s*(SELECT|WITH)\b/i;
const LOCKING = /\bFOR\s+UPDATE\b|\bLOCK\s+IN\s+SHARE\s+MODE\b|\bFOR\s+SHARE\b|\bGET_LOCK\s*\(|\bRELEASE_LOCK\s*\(/i;

/** Whether a statement may be answered by a replica. */
export function isReplicaRead(sql: string): boolean {
  return READ.test(sql) && !LOCKING.test(sql);
}

/** Error codes that mean the replica (not the statement) failed. */
const REPLICA_FAILURES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'ER_SERVER_SHUTDOWN', 'ER_CONNECTION_KILLED',
]);

function failureCode(error: unknown): string {
  const e = error as { driverError?: { code?: string }; code?: string } | undefined;
  return e?.driverError?.code ?? e?.code ?? '';
}

/**
 * Sends the source's reads to its replicas (see above): DataSource.query of
 * a read runs on a "slave" runner, the driver's slave connection comes from
 * a healthy replica or the primary, and a read that fails on a replica runs
 * again on the primary. Resolves after the first health check.
 */
export async function routeReads(dataSource: DataSource, source: SourceName, settings: ReplicaSettings): Promise<void> {
  const cluster = poolClusterOf(dataSource);
  if (!cluster || sets.has(dataSource)) return;
  const set: ReplicaSet = {
    source,
    settings,
    states: settings.urls.map((url, i) => ({
      node: `SLAVE${i}`,
      address: url.driver === 'mysql' ? `${url.host}:${url.port}/${url.database}` : url.raw,
      health: 'unknown',
      lagSeconds: null,
      reason: 'not checked yet',
      checkedAt: 0,
    })),
    next: 0,
    timer: null,
    checking: null,
    routed: { replica: 0, primary: 0 },
  };
  sets.set(dataSource, set);

  const BUSY = Symbol('busy');
  /** A replica's connection, or BUSY when its pool has none free within the acquire timeout (one arriving later goes straight back). */
  const replicaConnection = (node: string) =>
    new Promise<unknown>((resolve, reject) => {
      let gaveUp = false;
      const timer = settings.acquireTimeoutMs
        ? setTimeout(() => {
            gaveUp = true;
            resolve(BUSY);
          }, settings.acquireTimeoutMs)
        : null;
      cluster.getConnection(node, (error, c) => {
        if (gaveUp) {
          if (!error) (c as { release(): void }).release();
          return;
        }
        if (timer) clearTimeout(timer);
        if (error) reject(error);
        else resolve(driver.prepareDbConnection(c));
      });
    });
  const driver = dataSource.driver as unknown as { obtainMasterConnection: () => Promise<unknown>; obtainSlaveConnection: () => Promise<unknown>; prepareDbConnection: (c: unknown) => unknown };
  driver.obtainSlaveConnection = async () => {
    const state = requestScope()?.readPrimary ? null : pickReplica(set);
    if (!state) {
      set.routed.primary += 1;
      return driver.obtainMasterConnection();
    }
    try {
      const connection = await replicaConnection(state.node);
      if (connection === BUSY) {
        set.routed.primary += 1;
        return driver.obtainMasterConnection();
      }
      set.routed.replica += 1;
      return connection;
    } catch (error) {
      markDown(dataSource, set, state, error);
      set.routed.primary += 1;
      return driver.obtainMasterConnection();
    }
  };

  // A read on a replica that loses its connection mid-statement runs once more, wherever obtainSlaveConnection now sends it.
  wrapQueryRunners(dataSource, (query, runner) =>
    (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      try {
        return await query(sql, parameters, structured as true);
      } catch (error) {
        const node = clusterNodeOf(runnerConnection(runner));
        const state = node ? set.states.find((s) => s.node === node) : undefined;
        if (!state || !REPLICA_FAILURES.has(failureCode(error)) || runner.isTransactionActive) throw error;
        markDown(dataSource, set, state, error);
        dropRunnerConnection(runner, { forget: true });
        return query(sql, parameters, structured as true);
      }
    }) as Query,
  );

  const query = dataSource.query.bind(dataSource);
  dataSource.query = (async (sql: string, parameters?: unknown[], runner?: QueryRunner) => {
    if (runner || !isReplicaRead(sql) || requestScope()?.readPrimary) return query(sql, parameters, runner);
    const reader = dataSource.createQueryRunner('slave');
    try {
      return await query(sql, parameters, reader);
    } finally {
      await reader.release();
    }
  }) as DataSource['query'];

  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    if (set.timer) clearInterval(set.timer);
    set.timer = null;
    await set.checking?.catch(() => undefined);
    return destroy();
  };

  await checkReplicas(dataSource);
  set.timer = setInterval(() => void checkReplicas(dataSource), settings.checkIntervalMs);
  set.timer.unref();
}

function pickReplica(set: ReplicaSet): ReplicaState | null {
  const count = set.states.length;
  for (let i = 0; i < count; i += 1) {
    const state = set.states[(set.next + i) % count];
    if (state.health === 'healthy') {
      set.next = (set.next + i + 1) % count;
      return state;
    }
  }
  return null;
}

function warn(dataSource: DataSource, message: string): void {
  dataSource.logger.log('warn', message);
}

function describe(set: ReplicaSet, state: ReplicaState): string {
  return `${set.source} replica ${state.address}`;
}

function markDown(dataSource: DataSource, set: ReplicaSet, state: ReplicaState, error: unknown): void {
  const was = state.health;
  state.health = 'down';
  state.lagSeconds = null;
  state.reason = `statement failed: ${failureCode(error) || (error as Error)?.message || String(error)}`;
  state.checkedAt = Date.now();
  if (was !== 'down') warn(dataSource, `${describe(set, state)} skipped, reads go to the primary: ${state.reason}`);
  // Check again soon rather than wait for the interval: it may have been a single dropped connection.
  void checkReplicas(dataSource);
}

/** The replicas of a source and what the last check found; [] for a source without replicas. */
export function replicaStates(dataSource: DataSource): ReplicaState[] {
  return (sets.get(dataSource)?.states ?? []).map((s) => ({ ...s }));
}

/** Reads routed so far: to a replica, and to the primary because no replica was healthy (or the request wrote). */
export function replicaRouting(dataSource: DataSource): { replica: number; primary: number } {
  return { ...(sets.get(dataSource)?.routed ?? { replica: 0, primary: 0 }) };
}

/** Reads every replica's replication status now (also run every REPLICA_CHECK_INTERVAL_MS). */
export function checkReplicas(dataSource: DataSource): Promise<void> {
  const set = sets.get(dataSource);
  const cluster = poolClusterOf(dataSource);
  if (!set || !cluster) return Promise.resolve();
  if (set.checking) return set.checking;
  set.checking = Promise.all(set.states.map((state) => checkOne(dataSource, set, cluster, state))).then(
    () => {
      set.checking = null;
    },
    () => {
      set.checking = null;
    },
  );
  return set.checking;
}

type Row = Record<string, unknown>;
interface Conn {
  query(sql: string, callback: (error: (Error & { code?: string; errno?: number }) | null, rows: Row[]) => void): void;
  release(): void;
  destroy(): void;
}

async function checkOne(dataSource: DataSource, set: ReplicaSet, cluster: NonNullable<ReturnType<typeof poolClusterOf>>, state: ReplicaState): Promise<void> {
  const before = state.health;
  let next: Pick<ReplicaState, 'health' | 'lagSeconds' | 'reason'>;
  let connection: Conn | null = null;
  try {
    connection = await new Promise<Conn>((resolve, reject) => cluster.getConnection(state.node, (error, c) => (error ? reject(error) : resolve(c as Conn))));
    next = evaluate(await replicaStatus(connection), set.settings.maxLagSeconds);
    connection.release();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (connection) {
      // A connection that failed is not handed out again.
      if (REPLICA_FAILURES.has(code)) connection.destroy();
      else connection.release();
    }
    next = REPLICA_FAILURES.has(code) || !connection
      ? { health: 'down', lagSeconds: null, reason: `cannot be reached: ${code || (error as Error).message}` }
      : { health: 'unreadable', lagSeconds: null, reason: `its replication status cannot be read (${(error as Error).message}); grant the user REPLICA MONITOR (MariaDB) or REPLICATION CLIENT (MySQL)` };
  }
  Object.assign(state, next, { checkedAt: Date.now() });
  if (before === state.health) return;
  if (state.health === 'healthy') {
    if (before !== 'unknown') warn(dataSource, `${describe(set, state)} is back (lag ${state.lagSeconds} s); reads go to it again`);
  } else warn(dataSource, `${describe(set, state)} skipped, reads go to the primary: ${state.reason}`);
}

function run(connection: Conn, sql: string): Promise<Row[]> {
  return new Promise((resolve, reject) => connection.query(sql, (error, rows) => (error ? reject(error) : resolve(rows))));
}

/** SHOW REPLICA STATUS (MariaDB ≥ 10.5, MySQL ≥ 8.0.22), else SHOW SLAVE STATUS; null when the server replicates from nobody. */
async function replicaStatus(connection: Conn): Promise<Row | null> {
  let rows: Row[];
  try {
    rows = await run(connection, 'SHOW REPLICA STATUS');
  } catch (error) {
    if ((error as { errno?: number }).errno !== 1064) throw error;
    rows = await run(connection, 'SHOW SLAVE STATUS');
  }
  return rows[0] ?? null;
}

const field = (row: Row, ...names: string[]): unknown => names.map((n) => row[n]).find((v) => v !== undefined);

/** What a replica's status row means for routing. */
export function evaluate(row: Row | null, maxLagSeconds: number): Pick<ReplicaState, 'health' | 'lagSeconds' | 'reason'> {
  if (!row) return { health: 'stopped', lagSeconds: null, reason: 'it replicates from no primary (SHOW REPLICA STATUS is empty)' };
  const io = String(field(row, 'Slave_IO_Running', 'Replica_IO_Running') ?? '');
  const sql = String(field(row, 'Slave_SQL_Running', 'Replica_SQL_Running') ?? '');
  const lagValue = field(row, 'Seconds_Behind_Master', 'Seconds_Behind_Source');
  const lag = lagValue === null || lagValue === undefined ? null : Number(lagValue);
  if (io !== 'Yes' || sql !== 'Yes') {
    const error = ['Last_IO_Error', 'Last_SQL_Error', 'Last_Error'].map((n) => row[n]).find((v) => typeof v === 'string' && v !== '');
    return { health: 'stopped', lagSeconds: lag, reason: `replication is not running (IO ${io || '?'}, SQL ${sql || '?'})${error ? `: ${String(error)}` : ''}` };
  }
  if (lag === null || Number.isNaN(lag)) return { health: 'stopped', lagSeconds: null, reason: 'its lag is unknown (Seconds_Behind_Master is NULL)' };
  if (lag > maxLagSeconds) return { health: 'lagging', lagSeconds: lag, reason: `it is ${lag} s behind the primary, more than REPLICA_MAX_LAG_SECONDS (${maxLagSeconds})` };
  return { health: 'healthy', lagSeconds: lag, reason: null };
}
