import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/import/import.runner';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { citizenId } from '../filing/operations';

/**
 * Person row ids sit inside global ids and give the default order, so a
 * register imported in ID-number order would rank everyone's birthday within
 * a county and year. An imported batch is written in random order instead.
 */
describeEachBackend('trust: the order of registration says nothing about birthdays', (backend) => {
  let db: TestSources;
  beforeAll(async () => {
    db = await openTestSources(backend);
  });
  afterAll(async () => db?.close());

  it('200 persons imported sorted by ID number get row ids in an order unrelated to it', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => citizenId('370702', `1990${String(1 + Math.floor(i / 28)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`, 101));
    expect([...ids].sort()).toEqual(ids);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-order-'));
    const file = path.join(dir, 'persons.csv');
    fs.writeFileSync(file, `idNumber,name,regionCode\n${ids.map((id, i) => `${id},顺序${i},370702`).join('\n')}\n`);
    try {
      const report = await runImport(db.sources, { type: 'persons', file });
      expect(report.errors).toEqual([]);
      expect(report.written).toBe(200);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const inRowOrder: string[] = (await db.sources.hr.query('SELECT citizen_id FROM person ORDER BY id')).map((r: { citizen_id: string }) => r.citizen_id);
    expect([...inRowOrder].sort()).toEqual(ids);
    // Birth-date order against row order: a rank correlation near 0, where the file's order would give exactly 1.
    const rank = new Map(ids.map((id, i) => [id, i]));
    const n = ids.length;
    const d2 = inRowOrder.reduce((sum, id, i) => sum + (rank.get(id)! - i) ** 2, 0);
    const spearman = 1 - (6 * d2) / (n * (n * n - 1));
    expect(Math.abs(spearman)).toBeLessThan(0.5);
  });
});
