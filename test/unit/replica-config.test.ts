import { ConfigError, loadConfig } from '../../src/config';
import { evaluate, isReplicaRead } from '../../src/sources/replicas';

const MYSQL = { CULTURE_DATABASE_URL: 'mysql://app@db1:3306/culture', HR_DATABASE_URL: 'mysql://app@db2:3306/hr', GATEWAY_DATABASE_URL: 'mysql://app@db1:3306/gateway' };

function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp', ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('replica settings', () => {
  it('reads each source\'s replicas, the lag limit and the check interval', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: '/tmp',
      ...MYSQL,
      CULTURE_DATABASE_REPLICA_URLS: 'mysql://ro@r1:3306/culture, mysql://ro:pw@r2:3307/culture',
      HR_DATABASE_REPLICA_URLS: 'mariadb://ro@r3/hr',
      REPLICA_MAX_LAG_SECONDS: '5',
      REPLICA_CHECK_INTERVAL_MS: '1000',
    });
    expect(config.replication.replicas.culture.map((u) => u.driver === 'mysql' && `${u.user}@${u.host}:${u.port}/${u.database}`)).toEqual(['ro@r1:3306/culture', 'ro@r2:3307/culture']);
    expect(config.replication.replicas.hr.map((u) => u.driver === 'mysql' && u.host)).toEqual(['r3']);
    expect(config.replication.replicas.gateway).toEqual([]);
    expect(config.replication.maxLagSeconds).toBe(5);
    expect(config.replication.checkIntervalMs).toBe(1000);
  });

  it('has no replicas and 30 s / 5 s defaults when nothing is set', () => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp', ...MYSQL });
    expect(config.replication).toEqual({ replicas: { culture: [], hr: [], gateway: [] }, maxLagSeconds: 30, checkIntervalMs: 5000 });
  });

  it('refuses replicas of a SQLite source, naming both variables', () => {
    const error = refusal({ CULTURE_DATABASE_REPLICA_URLS: 'mysql://ro@r1/culture' });
    expect(error.variable).toBe('CULTURE_DATABASE_REPLICA_URLS');
    expect(error.message).toMatch(/CULTURE_DATABASE_URL is SQLite/);
  });

  it('refuses replicas of the gateway database, saying why', () => {
    const error = refusal({ ...MYSQL, GATEWAY_DATABASE_REPLICA_URLS: 'mysql://ro@r1/gateway' });
    expect(error.variable).toBe('GATEWAY_DATABASE_REPLICA_URLS');
    expect(error.message).toMatch(/revoked tokens/);
  });

  it('refuses a replica that is not a MySQL URL, and a bad lag', () => {
    expect(refusal({ ...MYSQL, HR_DATABASE_REPLICA_URLS: 'sqlite:copy.sqlite' }).message).toMatch(/HR_DATABASE_REPLICA_URLS: "sqlite:copy.sqlite" is not a mysql:\/\/ URL/);
    expect(refusal({ ...MYSQL, REPLICA_MAX_LAG_SECONDS: 'soon' }).variable).toBe('REPLICA_MAX_LAG_SECONDS');
  });
});

describe('what reads a replica', () => {
  it.each([
    ['SELECT id FROM heritage_item WHERE id IN (?, ?)', true],
    ['  with t AS (SELECT 1) SELECT * FROM t', true],
    ['(SELECT 1) UNION (SELECT 2)', true],
    ["SET STATEMENT optimizer_switch='split_materialized=off' FOR WITH l0 AS (SELECT 1) SELECT * FROM l0", true],
    ["SET STATEMENT max_statement_time=1 FOR UPDATE t SET x = 1", false],
    ['SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1 FOR UPDATE', false],
    ['SELECT GET_LOCK(?, ?) AS got', false],
    ['SELECT id FROM person WHERE id = ? LOCK IN SHARE MODE', false],
    ['INSERT INTO workshop (name) VALUES (?)', false],
    ['UPDATE vacancy SET status = ?', false],
    ['SHOW TABLES', false],
  ])('%s → %s', (sql, replica) => expect(isReplicaRead(sql)).toBe(replica));
});

describe('replica health from SHOW REPLICA STATUS', () => {
  const running = { Slave_IO_Running: 'Yes', Slave_SQL_Running: 'Yes', Seconds_Behind_Master: 0 };
  it('is healthy when both threads run within the lag limit (MariaDB and MySQL 8 names)', () => {
    expect(evaluate(running, 30).health).toBe('healthy');
    expect(evaluate({ Replica_IO_Running: 'Yes', Replica_SQL_Running: 'Yes', Seconds_Behind_Source: '3' }, 30)).toEqual({ health: 'healthy', lagSeconds: 3, reason: null });
  });
  it('is lagging past the limit, stopped when a thread stops, the lag is unknown, or it replicates from nobody', () => {
    expect(evaluate({ ...running, Seconds_Behind_Master: 31 }, 30)).toMatchObject({ health: 'lagging', lagSeconds: 31 });
    expect(evaluate({ ...running, Slave_SQL_Running: 'No', Last_SQL_Error: 'duplicate key' }, 30)).toMatchObject({ health: 'stopped', reason: expect.stringMatching(/duplicate key/) });
    expect(evaluate({ ...running, Seconds_Behind_Master: null }, 30).health).toBe('stopped');
    expect(evaluate(null, 30).health).toBe('stopped');
  });
});
