import { probeMysql, mysqlTestUrl } from '../support/mysql-probe';

/**
 * Decides once per run whether MySQL/MariaDB tests run. On a bare machine they
 * are skipped with a message; with REQUIRE_MYSQL=1 (set by .ci/run) an
 * unreachable server fails the whole run instead.
 */
export default async function globalSetup(): Promise<void> {
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
