import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { citizenId, wrongCheckDigit } from '../filing/operations';

const root = path.join(__dirname, '../..');
const cli = path.join(root, 'dist/src/cli.js');

/** `npm run import` is `node dist/src/cli.js import`: the compiled program, run as users run it, on SQLite files. */
describe('import on the command line', () => {
  let dir: string;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, 'import', ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dir }, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const write = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const persons = () => {
    const db = new Database(path.join(dir, 'hr.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM person').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(() => {
    // Builds only when a source changed since the last build. Type errors are `npm run typecheck`'s job: tsc emits anyway.
    spawnSync(process.execPath, [path.join(root, 'scripts/build.js'), '--server'], { cwd: root, stdio: 'ignore' });
    if (!fs.existsSync(cli)) throw new Error('dist/src/cli.js was not built');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-import-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a valid file, migrating first, with a progress bar on stderr, and exits 0', () => {
    const file = write('ok.csv', `idNumber,name,regionCode\n${citizenId('370102', '19900101', 1)},甲,370102\n${citizenId('370102', '19900102', 2)},乙,370102\n`);
    const result = run('--type', 'persons', '--file', file);
    expect(result.stderr).toMatch(/100%\s+2 rows/);
    expect(result.stdout).toMatch(/^imported 2 persons from .*ok\.csv in one transaction \([\d.]+ s, [\d,]+ rows\/s\)\n$/);
    expect(result.status).toBe(0);
    expect(persons()).toBe(2);
  });

  it('prints every bad row and exits 1, writing nothing', () => {
    const file = write('bad.csv', `idNumber,name,regionCode\n${citizenId('370102', '19900103', 3)},丙,370102\n${wrongCheckDigit(citizenId('370102', '19900104', 4))},丁,370102\n${citizenId('370102', '19900105', 5)},戊,379999\n`);
    const result = run('--type', 'persons', '--file', file, '--no-progress');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^error {3}row 2 \(line 3\) {2}idNumber {2}CHECK_DIGIT {2}Check character is \d but the first 17 digits require \d$/);
    expect(lines[1]).toMatch(/^error {3}row 3 \(line 4\) {2}regionCode {2}UNKNOWN_REGION {2}379999 is not a GB\/T 2260 code of Shandong$/);
    expect(lines[2]).toMatch(/2 of 3 rows failed \(2 error\(s\)\); nothing was written$/);
    expect(persons()).toBe(2);
  });

  it('refuses a file in the wrong encoding with exit 2, and a dry run writes nothing', () => {
    const gbk = write('gbk.csv', Buffer.concat([Buffer.from('idNumber,name,regionCode\n370102199001060061,'), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from(',370102\n')]));
    const refused = run('--type', 'persons', '--file', gbk, '--no-progress');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toMatch(/refused: .*gbk\.csv is not valid UTF-8: .*GB 18030 \(those bytes read as ".*测试.*" in GB 18030\)/);
    const dry = run('--type', 'persons', '--file', write('dry.csv', `idNumber,name,regionCode\n${citizenId('370102', '19900107', 7)},庚,370102\n`), '--dry-run', '--no-progress');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^dry run of persons from .*: all 1 rows are valid; nothing was written/);
    expect(persons()).toBe(2);
  });

  it('explains its usage when the type is missing or unknown, or the size limit is exceeded', () => {
    const missing = run('--file', 'x.csv');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('--type is required\nRun "shandong-handmade import --help" for the options.\n');
    const unknown = run('--type', 'people', '--file', 'x.csv');
    expect(unknown.stderr).toMatch(/unknown --type "people"/);
    const big = run('--type', 'persons', '--file', write('big.csv', `idNumber,name,regionCode\n${'x'.repeat(3000)}\n`), '--max-size', '0.001');
    expect(big.status).toBe(2);
    expect(big.stdout).toMatch(/over the import limit of 0\.0 MB/);
  });
});
