import { DataSource } from 'typeorm';
import { SOURCE_NAMES } from '../../src/config';
import { SOURCE_MIGRATIONS } from '../../src/sources/registry';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> =
    dataSource.options.type === 'better-sqlite3'
      ? await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()`);
  return rows.map((r) => r.name).filter((n) => n !== 'migrations').sort();
}

async function schemaDiff(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

describeEachBackend('migrations', (backend) => {
  let db: TestSources;
  beforeAll(async () => {
    db = await openTestSources(backend, { migrate: false });
  });
  afterAll(async () => db?.close());

  for (const source of SOURCE_NAMES) {
    it(`${source}: runs up, down to empty, and up again, with no drift from the entities`, async () => {
      const dataSource = db.sources[source];
      const count = SOURCE_MIGRATIONS[source].length;
      expect(count).toBeGreaterThan(0);

      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(count);
      const tablesAfterFirstUp = await tableNames(dataSource);
      expect(tablesAfterFirstUp.length).toBeGreaterThan(0);
      expect(await schemaDiff(dataSource)).toEqual([]);

      for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(dataSource)).toEqual([]);

      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tableNames(dataSource)).toEqual(tablesAfterFirstUp);
      expect(await schemaDiff(dataSource)).toEqual([]);
    });
  }
});
