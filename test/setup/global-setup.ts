import { probeMysql, mysqlTestUrl } from '../support/mysql-probe';

/**
 * Decides once per run whether MySQL/MariaDB tests run. On a bare machine they
 * are skipped with a message; with REQUIRE_MYSQL=1 (set by .ci/run) an
 * unreachable server fails the whole run instead.
 */
export default async function globalSetup(): Promise<void> {
  await probeReplicaPair();
  const url = mysqlTestUrl();
  const problem = await probeMysql(url);
  if (problem === null) {
    process.env.TEST_MYSQL_AVAILABLE = '1';
    return;
  }
  if (process.env.REQUIRE_MYSQL === '1') {
    throw new Error(`REQUIRE_MYSQL=1 but MySQL/MariaDB at ${url} does not answer: ${problem}`);
  }
  process.env.TEST_MYSQL_AVAILABLE = '0';
  process.stderr.write(
    `\n[tests] MySQL/MariaDB at ${url} does not answer (${problem}); the MySQL variants of the database tests are SKIPPED.\n` +
      `[tests] Start MariaDB or set TEST_MYSQL_URL to run them; CI sets REQUIRE_MYSQL=1 so they can never be skipped there.\n\n`,
  );
}

/**
 * The MariaDB primary/replica pair of the read replica test (scripts/replica.sh):
 * TEST_REPLICA_AVAILABLE says whether it answers; with REQUIRE_REPLICA=1 (set by
 * .ci/run after starting it) a pair that does not answer fails the run.
 */
async function probeReplicaPair(): Promise<void> {
  const primary = process.env.TEST_REPLICA_PRIMARY_URL || 'mysql://root@127.0.0.1:3307';
  const replica = process.env.TEST_REPLICA_URL || 'mysql://root@127.0.0.1:3308';
  const [p, r] = await Promise.all([probeMysql(`${primary}/`), probeMysql(`${replica}/`)]);
  const problem = p ? `primary ${primary}: ${p}` : r ? `replica ${replica}: ${r}` : null;
  process.env.TEST_REPLICA_AVAILABLE = problem === null ? '1' : '0';
  if (problem === null) return;
  if (process.env.REQUIRE_REPLICA === '1') throw new Error(`REQUIRE_REPLICA=1 but the MariaDB replica pair does not answer (${problem}); start it with scripts/replica.sh start`);
  process.env.TEST_REPLICA_PROBLEM = problem;
  process.stderr.write(`\n[tests] the MariaDB replica pair does not answer (${problem}); the read replica tests are SKIPPED. Start it with scripts/replica.sh start; CI sets REQUIRE_REPLICA=1.\n`);
}
