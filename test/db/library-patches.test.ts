import { DataSource, QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../../src/sources/data-source';
import { clusterNodeOf, dropRunnerConnection, limitAcquireTime, poolClusterOf, poolStats, requireMysqlPromiseWrapperOnce, runnerConnection, wrapQueryRunners } from '../../src/sources/library-patches';
import { describeEachBackend, freshDatabaseUrl } from '../support/backends';

/**
 * src/sources/library-patches.ts reaches past the public APIs of TypeORM and
 * mysql2 where they have no hook. These tests fail when an upgrade moves
 * what it relies on, on each driver, before the guard, the SQL trace, the
 * pool metrics or the acquire timeout quietly stop working.
 */
describeEachBackend('library patches', (backend) => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl(backend, 'culture');
    drop = fresh.drop;
    dataSource = new DataSource(dataSourceOptions('culture', fresh.url, { poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await drop?.();
  });

  it('TypeORM hands out query runners through driver.createQueryRunner, whose query method runs every statement', async () => {
    expect(typeof dataSource.driver.createQueryRunner).toBe('function');
    const seen: Array<{ sql: string; parameters: unknown; structured: unknown }> = [];
    let wrappedRunners = 0;
    wrapQueryRunners(dataSource, (query) => {
      wrappedRunners++;
      return (async (sql: string, parameters?: unknown[], structured?: boolean) => {
        const result = await query(sql, parameters, structured as true);
        seen.push({ sql, parameters, structured });
        return result;
      }) as typeof query;
    });
    // Through the DataSource, an entity manager and a runner of one's own: every path ends in runner.query.
    expect(await dataSource.query('SELECT ? AS one', [1])).toEqual([{ one: 1 }]);
    await dataSource.manager.query('SELECT 2 AS two');
    const runner = dataSource.createQueryRunner();
    try {
      const structured = await runner.query('SELECT 3 AS three', [], true);
      expect(structured.records).toEqual([{ three: 3 }]);
    } finally {
      await runner.release();
    }
    expect(seen.map((s) => s.sql)).toEqual(['SELECT ? AS one', 'SELECT 2 AS two', 'SELECT 3 AS three']);
    expect(seen[0].parameters).toEqual([1]);
    expect(seen[2].structured).toBe(true);
    // better-sqlite3 hands out one runner for ever: it is wrapped once, not once per statement.
    expect(wrappedRunners).toBe(backend === 'sqlite' ? 1 : 3);
  });

  it("a runner's pooled connection can be dropped: the next statement runs on a fresh one", async () => {
    const runner: QueryRunner = dataSource.createQueryRunner();
    try {
      const idOf = async () => (await runner.query(backend === 'mysql' ? 'SELECT CONNECTION_ID() AS id' : 'SELECT 1 AS id'))[0].id;
      const before = await idOf();
      if (backend === 'mysql') expect(typeof (runner as unknown as { databaseConnection: { destroy: unknown } }).databaseConnection.destroy).toBe('function');
      dropRunnerConnection(runner, { forget: true });
      const after = await idOf();
      if (backend === 'mysql') expect(after).not.toBe(before);
      else expect(after).toBe(1);
    } finally {
      await runner.release();
    }
  });

  if (backend === 'mysql') {
    it('mysql2 pools keep their connections in lists poolStats reads, and TypeORM takes them through obtainMasterConnection', async () => {
      const held = dataSource.createQueryRunner();
      try {
        await held.connect();
        expect(poolStats(dataSource)).toMatchObject({ used: 1, waiting: 0 });
        expect(typeof (dataSource.driver as unknown as { obtainMasterConnection: unknown }).obtainMasterConnection).toBe('function');
      } finally {
        await held.release();
      }
      const idle = poolStats(dataSource)!;
      expect(idle.used).toBe(0);
      expect(idle.idle).toBeGreaterThanOrEqual(1);
    });

    it('bounds the wait for a pooled connection, and a late connection goes back to the pool', async () => {
      limitAcquireTime(dataSource, 200, () => Object.assign(new Error('no connection in time'), { code: 'ACQUIRE_TIMEOUT' }));
      const holders = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
      await Promise.all(holders.map((h) => h.connect()));
      try {
        await expect(dataSource.query('SELECT 1 AS one')).rejects.toMatchObject({ code: 'ACQUIRE_TIMEOUT' });
      } finally {
        await Promise.all(holders.map((h) => h.release()));
      }
      expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect(poolStats(dataSource)).toMatchObject({ used: 0, waiting: 0 });
    });
    it('with the replication option TypeORM builds a mysql2 PoolCluster whose nodes, pools and connections carry what replicas.ts reads', async () => {
      // The same database as primary and "replica": the shapes are what is checked here (test/db/replicas.test.ts has real replication).
      const url = (dataSource.options as { host: string; port: number; username: string; password: string; database: string });
      const node = { host: url.host, port: url.port, username: url.username, password: url.password, database: url.database };
      const seen: string[] = [];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mysql = require('mysql2');
      const { onEveryClusterConnection } = await import('../../src/sources/library-patches');
      const replicated = new DataSource({
        ...dataSourceOptions('culture', { driver: 'mysql', host: node.host, port: node.port, user: node.username, password: node.password, database: node.database, raw: '' }, { poolSize: 2 }),
        replication: { master: node, slaves: [node], canRetry: false },
        driver: {
          ...mysql,
          createPoolCluster(config: unknown) {
            const cluster = mysql.createPoolCluster(config);
            onEveryClusterConnection(cluster, () => seen.push('connection'));
            return cluster;
          },
        },
      } as never);
      await replicated.initialize();
      try {
        const cluster = poolClusterOf(replicated)!;
        expect(Object.keys(cluster._nodes ?? {}).sort()).toEqual(['MASTER', 'SLAVE0']);
        expect(poolStats(replicated)).toMatchObject({ waiting: 0 });
        const runner = replicated.createQueryRunner('slave');
        try {
          await runner.query('SELECT 1');
          expect(clusterNodeOf(runnerConnection(runner))).toBe('SLAVE0');
        } finally {
          await runner.release();
        }
        expect(seen.length).toBeGreaterThanOrEqual(2);
      } finally {
        await replicated.destroy();
      }
    });
  } else {
    it('has no pool to tell of', () => {
      expect(poolStats(dataSource)).toBeNull();
    });
  }

  it('mysql2 pooled connections wrap themselves for promises through PoolConnection.promise(), which TypeORM calls for every statement', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const PoolConnection = require('mysql2').PoolConnection;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const PromisePoolConnection = require('mysql2/promise').PromisePoolConnection;
    expect(typeof PoolConnection.prototype.promise).toBe('function');
    requireMysqlPromiseWrapperOnce();
    expect(PoolConnection.prototype.__promiseCached).toBe(true);
    if (backend !== 'mysql') return;
    const runner = dataSource.createQueryRunner();
    try {
      const connection = await runner.connect();
      expect(connection).toBeInstanceOf(PoolConnection);
      const wrapped = connection.promise();
      expect(wrapped).toBeInstanceOf(PromisePoolConnection);
      const [rows] = await wrapped.query('SELECT 1 AS one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await runner.release();
    }
  });
});
