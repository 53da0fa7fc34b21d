import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { columnIndex, ImportRow, readImportRows } from '../../src/import/import.rows';
import { templateCsv } from '../../src/import/import.templates';
import { FieldReader } from '../../src/modules/filing/field-reader';
import { filingEnv } from '../../src/modules/filing/filing.env';
import { Problems } from '../../src/modules/filing/filing.problems';
import { IMPORT_RULES } from '../../src/modules/filing/import-rules';
import { IMPORT_TYPES } from '../../src/modules/filing/import-types';
import { regionDirectory } from '../../src/shared/regions';

const root = path.join(__dirname, '../..');

async function rowsOf(file: string, type: (typeof IMPORT_TYPES)[number]): Promise<ImportRow[]> {
  const out: ImportRow[] = [];
  for await (const row of readImportRows(file, 'csv', { fields: IMPORT_RULES[type].fields })) out.push(row);
  return out;
}

describe('import templates and column names', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-templates-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(IMPORT_TYPES)('%s: every column has Chinese names, and no name stands for two columns', (type) => {
    const fields = IMPORT_RULES[type].fields;
    for (const [field, names] of Object.entries(fields)) {
      expect({ field, chinese: /[\u4e00-\u9fff]/.test(names[0]) }).toEqual({ field, chinese: true });
    }
    const total = Object.entries(fields).reduce((n, [field, names]) => n + new Set([field, ...names]).size, 0);
    // columnIndex keeps one field per loose name: a name shared by two fields would shrink it.
    expect(columnIndex(fields).size).toBe(total);
  });

  it.each(IMPORT_TYPES)('%s: the template is a header of every column and one example row that passes the field checks', async (type) => {
    for (const fieldNames of [false, true]) {
      const file = path.join(dir, `${type}-${fieldNames}.csv`);
      fs.writeFileSync(file, templateCsv(type, IMPORT_RULES[type].fields, { fieldNames }));
      const rows = await rowsOf(file, type);
      expect(rows).toHaveLength(1);
      expect([...rows[0].given].sort()).toEqual(Object.keys(IMPORT_RULES[type].fields).sort());
      const problems = new Problems();
      const env = filingEnv({ clientId: null, name: 'test', role: 'ADMIN', scopes: new Set(), regionCode: null }, regionDirectory(), false);
      IMPORT_RULES[type].check(new FieldReader(rows[0].values, problems, '', env), env);
      expect(problems.errors).toEqual([]);
    }
  });

  it('writes a template on the command line to stdout or to a new file, never over one', () => {
    spawnSync(process.execPath, [path.join(root, 'scripts/build.js'), '--server'], { cwd: root, stdio: 'ignore' });
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/src/cli.js'), 'import', ...args], { cwd: dir, encoding: 'utf8' });
    const shown = cli('--template', 'enrollments');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toBe('\uFEFF培训班编号,公民身份号码,报名日期,重点群体,培训状态,结业日期,是否合格\r\nBJ2025WF0001,370702199003150027,2025-04-01,,结业,2025-05-30,合格\r\n');
    const english = cli('--template', 'enrollments', '--field-names');
    expect(english.stdout.split('\r\n')[0]).toBe('\uFEFFcohortCode,idNumber,enrolledOn,targetGroup,status,completedOn,passed');
    const out = path.join(dir, 'enrollments-template.csv');
    expect(cli('--template', 'enrollments', '--out', out).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(shown.stdout);
    const again = cli('--template', 'enrollments', '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; the template does not overwrite a file/);
    const unknown = cli('--template', 'people');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown --template "people"; the types are persons, /);
  });
});
