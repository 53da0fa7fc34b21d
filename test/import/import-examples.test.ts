import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppConfig, loadConfig } from '../../src/config';
import { importCommand } from '../../src/import/import.command';
import { seedDatabases } from '../../src/seed/seed';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';

const root = path.join(__dirname, '../..');

/** The `npm run import -- …` lines of the README's bulk-import block, with the exit status their comment promises. */
function readmeImports(): Array<{ args: string[]; status: number; line: string }> {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Bulk import.**'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
  return block
    .split('\n')
    .filter((line) => line.startsWith('npm run import -- '))
    .map((line) => {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      return { args: command.slice('npm run import -- '.length).trim().split(/\s+/), status: /exits 1/.test(comment) ? 1 : 0, line };
    });
}

/**
 * The README walks a newcomer through importing the files of
 * examples/import/ into the demo data of a fresh `npm start` (scale 1, seed 1).
 * This runs those very commands, in their order, on both backends.
 */
describeEachBackend('the README import walkthrough on the demo data', (backend) => {
  let db: TestSources;
  let dir: string;
  let config: AppConfig;
  const count = async (sql: string, params: unknown[] = [], source: 'hr' | 'culture' = 'hr') => Number((await db.sources[source].query(sql, params))[0].n);

  beforeAll(async () => {
    db = await openTestSources(backend);
    await seedDatabases(db.sources, { scale: 1, seed: 1 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-import-examples-'));
    config = { ...loadConfig({ NODE_ENV: 'test' }, dir), databases: db.urls };
  }, 240_000);
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs every command of the README with the status it promises', async () => {
    const commands = readmeImports();
    expect(commands.length).toBeGreaterThanOrEqual(12);
    for (const { args, status, line } of commands) {
      // Files of the README are the repository's; files it writes land in a folder of the test's own.
      const resolved = args.map((a, i) => (a.startsWith('examples/') ? path.join(root, a) : ['--report', '--out'].includes(args[i - 1]) ? path.join(dir, a) : a));
      const out: string[] = [];
      const err: string[] = [];
      const exit = await importCommand([...resolved, '--no-progress'], config, { out: (t) => out.push(t), err: (t) => err.push(t) });
      expect({ line, exit, output: exit === status ? '' : out.join('') + err.join('') }).toEqual({ line, exit: status, output: '' });
    }
  });

  it('leaves the records of the example files in the databases', async () => {
    const ids = ['370702199003150027', '370702198806210017', '37070319950208004X', '370705197911300035', '370702199205120061'];
    expect(await count(`SELECT COUNT(*) AS n FROM person WHERE citizen_id IN (${ids.map(() => '?').join(', ')})`, ids)).toBe(5);
    // persons-update.csv moved 刘洪涛 and gave 张丽 a phone, and left what it had no column for.
    const updated = await db.sources.hr.query(`SELECT citizen_id, name, gender, phone, region_code FROM person WHERE citizen_id IN (?, ?) ORDER BY citizen_id`, [ids[2], ids[3]]);
    expect(updated).toEqual([
      { citizen_id: ids[2], name: '张丽', gender: 'FEMALE', phone: '13953600003', region_code: '370703' },
      { citizen_id: ids[3], name: '刘洪涛', gender: 'MALE', phone: '13953600004', region_code: '370702' },
    ]);
    const enrolments = await db.sources.hr.query(
      `SELECT p.citizen_id, e.status, e.completed_on, e.passed FROM enrollment e JOIN person p ON p.id = e.person_id JOIN training_cohort c ON c.id = e.cohort_id WHERE c.code = 'BJ2025WF0001' ORDER BY p.citizen_id`,
    );
    expect(enrolments.map((r: Record<string, unknown>) => [r.citizen_id, r.status, r.completed_on, r.passed === null ? null : Number(r.passed)])).toEqual([
      [ids[1], 'COMPLETED', '2025-05-30', 1],
      [ids[0], 'COMPLETED', '2025-05-30', 1],
      [ids[2], 'COMPLETED', '2025-05-30', 0],
      [ids[3], 'DROPPED', null, null],
    ]);
    expect(await count(`SELECT COUNT(*) AS n FROM skill_certificate WHERE certificate_number LIKE 'S0001370707842500009%'`)).toBe(2);
    expect(await count(`SELECT COUNT(*) AS n FROM talent_title t JOIN person p ON p.id = t.person_id WHERE p.citizen_id = ? AND t.kind = 'SHANDONG_TECHNICAL_EXPERT'`, [ids[0]])).toBe(1);
    expect(await count(`SELECT COUNT(*) AS n FROM vacancy WHERE employer_uscc = '91370702MA7WF0019D' AND status = 'OPEN'`)).toBe(1);
    expect(await count(`SELECT COUNT(*) AS n FROM training_catalog_entry WHERE code IN ('SDSZ-2025-90001', 'SDSZ-2025-90002')`)).toBe(2);
    expect(await count(`SELECT COUNT(*) AS n FROM organization WHERE uscc IN ('91370702MA7WF0019D', '92370702MA7WF00350')`, [], 'culture')).toBe(2);
    const workshops = await db.sources.culture.query(
      `SELECT w.name, r.level, r.year FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE w.name IN ('潍城区鸢都风筝非遗工坊', '寒亭区杨家埠年画非遗工坊') ORDER BY r.year`,
    );
    expect(workshops).toEqual([
      { name: '寒亭区杨家埠年画非遗工坊', level: 'COUNTY', year: 2024 },
      { name: '潍城区鸢都风筝非遗工坊', level: 'COUNTY', year: 2025 },
    ]);
  });

  it('wrote every bad row of persons-with-errors.csv to the report, with its own cells and errors, and nothing to the database', async () => {
    expect(await count(`SELECT COUNT(*) AS n FROM person WHERE citizen_id = '370784199701010085'`)).toBe(0);
    const report = fs.readFileSync(path.join(dir, 'bad-persons.csv'), 'utf8');
    expect(report.startsWith('\uFEFF_row,_line,_errors,姓名,公民身份号码,性别,出生日期,手机号码,常住地区代码,备注\r\n')).toBe(true);
    const rows = report.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^2,3,idNumber CHECK_DIGIT: Check character is 2 but the first 17 digits require 1,孙悦,370702199205120062,女,/);
    expect(rows[1]).toMatch(/^3,4,"gender INCONSISTENT: gender FEMALE contradicts the citizen ID, whose sequence code says MALE",周强,370702198510100054,女,/);
    expect(rows[2]).toMatch(/^4,5,"(?=[\s\S]*idNumber DUPLICATE: Row 3 of this file already names the same record)(?=[\s\S]*phone FORMAT)[\s\S]*",吴刚,/);
    // 郑红 is on file too, but a registration is told DUPLICATE only once the rest of it is valid (no free test of a number).
    expect(rows[3]).toMatch(/^5,6,regionCode UNKNOWN_REGION: 379999 is not a GB\/T 2260 code of Shandong,郑红,/);
  });
});
