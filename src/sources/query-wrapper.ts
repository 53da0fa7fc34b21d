import type { DataSource, QueryRunner } from 'typeorm';

export type Query = QueryRunner['query'];

/**
 * Puts `wrap` around the `query` method of every query runner the source
 * hands out. Each runner is wrapped once per wrapper: better-sqlite3's
 * driver hands out the SAME runner for every statement, and wrapping it
 * again on each hand-out would nest one wrapper per statement until the
 * stack overflows.
 */
export function wrapRunnerQueries(dataSource: DataSource, wrap: (query: Query, runner: QueryRunner) => Query): void {
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
