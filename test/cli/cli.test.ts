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

  it('audit: the embedded default makes its key on first use (0600), prints its public key, and verify trusts that key alone', () => {
    const env = { DATA_DIR: dir };
    const printed = run(['audit', 'public-key'], env);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
    expect(printed.stderr).toMatch(/created the signing key .*audit-signing-key\.pem \(key id [0-9a-f]{32}\)/);
    expect(fs.statSync(path.join(dir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(run(['audit', 'public-key'], env).stdout).toBe(printed.stdout);
    const publicKey = path.join(dir, 'auditor.pem');
    fs.writeFileSync(publicKey, printed.stdout);
    const verified = run(['audit', 'verify', '--public-key', publicKey], env);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^audit log intact: no events yet\n  no checkpoint in file .*audit-checkpoint\.json yet\n/);
    const badHead = run(['audit', 'verify', '--expect-head', '3:abc'], env);
    expect(badHead.status).toBe(1);
    expect(badHead.stderr).toMatch(/--expect-head must be COUNT:HASH/);
  });

  it('serve in production with the gateway on MySQL and no AUDIT_SIGNING_KEY stops at once, in one line naming the variable', () => {
    const refused = run(['serve'], { DATA_DIR: dir, NODE_ENV: 'production', GATEWAY_DATABASE_URL: 'mysql://root@127.0.0.1:1/nothing' });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^configuration error: AUDIT_SIGNING_KEY: is not set; with the gateway database on MySQL, production needs an Ed25519 private key/);
  });
});
