import { describeEachBackend, openTestSources, TestSources } from '../support/backends';

/**
 * better-sqlite3's TypeORM driver hands out ONE query runner for every
 * statement; the source guard (and the SQL trace) wrap a runner's query
 * method when the runner is handed out, so each must wrap a runner once,
 * not once per statement, or a long-running server nests a wrapper per
 * statement until the stack overflows.
 */
describeEachBackend('query runner wrappers', (backend) => {
  let db: TestSources;
  beforeAll(async () => {
    db = await openTestSources(backend);
  });
  afterAll(async () => db?.close());

  it('still answers after 30,000 query runners were handed out', async () => {
    const source = db.sources.culture;
    for (let i = 0; i < 30_000; i++) {
      const runner = source.createQueryRunner();
      if (backend === 'mysql') await runner.release();
    }
    expect(await source.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
