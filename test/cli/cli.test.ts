import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SOURCE_MIGRATIONS } from '../../src/sources/registry';

const root = path.join(__dirname, '../..');
const cli = path.join(root, 'dist/src/cli.js');

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line', () => {
  let dir: string;
  beforeAll(() => {
    // The CLI is what users run: test the compiled program, not the sources.
    execFileSync(process.execPath, [path.join(root, 'scripts/build.js'), '--server'], { cwd: root, stdio: 'inherit' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stops with one line naming the variable for a bad URL, an unknown driver or an unreachable server', () => {
    const bad = run(['migrate'], { HR_DATABASE_URL: 'postgres://x/y', DATA_DIR: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('configuration error: HR_DATABASE_URL: unknown driver "postgres"; supported drivers are mysql (also mariadb) and sqlite');
    const unreachable = run(['migrate'], { CULTURE_DATABASE_URL: 'mysql://root@127.0.0.1:1/nothing', DATA_DIR: dir });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/^configuration error: CULTURE_DATABASE_URL: cannot open mysql:\/\/root@127\.0\.0\.1:1\/nothing: /);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('migrates, seeds deterministically, refuses to seed twice without --replace, and rejects bad options', () => {
    const env = { DATA_DIR: dir };
    const migrated = run(['migrate'], env);
    expect(migrated.status).toBe(0);
    for (const [source, list] of Object.entries(SOURCE_MIGRATIONS)) expect(migrated.stdout).toContain(`${source}: ${list.length} migration(s) applied`);
    const seeded = run(['seed', '--scale', '0.05', '--seed', '3', '--no-progress'], env);
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toMatch(/seeded scale 0.05 \(seed 3\): [\d,]+ rows in [\d.]+ s, [\d,]+ rows\/s, peak RSS \d+ MB/);
    expect(seeded.stdout).toMatch(/person\s+500\n/);
    const again = run(['seed', '--scale', '0.05'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already hold data; run with --replace/);
    const badScale = run(['seed', '--scale', 'lots'], env);
    expect(badScale.status).toBe(1);
    expect(badScale.stderr).toMatch(/--scale must be a positive number, got "lots"/);
    const unknownOption = run(['seed', '--sclae', '2'], env);
    expect(unknownOption.status).toBe(1);
    expect(unknownOption.stderr).toMatch(/Unknown option '--sclae'/);
    const unknownCommand = run(['frobnicate'], env);
    expect(unknownCommand.status).toBe(1);
    expect(unknownCommand.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
