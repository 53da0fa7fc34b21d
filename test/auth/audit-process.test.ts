import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { freePort } from '../support/ports';

const root = path.join(__dirname, '../..');
const SECRET = 'audit-process-test-secret-0123456789abcdef';

/**
 * The compiled server as users run it, in production mode on the embedded
 * default: its signing key made on first start and kept, its head anchored
 * as it starts and again on SIGTERM, and `audit verify` happy with both.
 */
describe('the audit trail of the running server (compiled, embedded, production)', () => {
  let outDir: string;
  let dataDir: string;
  let child: ChildProcess | undefined;
  let stderr = '';
  let port: number;
  const env = () => ({ PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: SECRET });
  const checkpoint = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'audit-checkpoint.json'), 'utf8'));
  const keyFile = () => path.join(dataDir, 'audit-signing-key.pem');

  async function start(): Promise<void> {
    stderr = '';
    child = spawn(process.execPath, [path.join(outDir, 'src', 'main.js')], { cwd: root, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (d) => (stderr += d));
    const until = Date.now() + 150_000;
    while (!stderr.includes(`GraphQL on http://localhost:${port}/graphql`)) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
      if (Date.now() > until) throw new Error(`the server did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The checkpoint taken at start.
    while (!fs.existsSync(path.join(dataDir, 'audit-checkpoint.json'))) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  async function stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child!.kill('SIGTERM');
    return exited;
  }

  async function readPersons(): Promise<number> {
    const token = await new SignJWT({ role: 'ADMIN', scope: 'pii:read' }).setProtectedHeader({ alg: 'HS256' }).setSubject('process-test').setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(SECRET));
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ persons(first: 5) { edges { node { idNumber } } } }' }),
    });
    const body = (await response.json()) as { data?: { persons: { edges: unknown[] } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body));
    return body.data.persons.edges.length;
  }

  const verify = () => spawnSync(process.execPath, [path.join(outDir, 'src', 'cli.js'), 'audit', 'verify'], { cwd: root, env: env(), encoding: 'utf8' });

  beforeAll(async () => {
    outDir = path.join(root, 'node_modules', '.cache', `shh-audit-process-${process.pid}`);
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
    if (!fs.existsSync(path.join(outDir, 'src', 'main.js'))) throw new Error(`the build wrote no ${outDir}/src/main.js`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-audit-process-'));
    port = await freePort();
    await start();
  }, 240_000);

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes its key on first start (0600), anchors the head at start and again on SIGTERM, and reuses the key after a restart', async () => {
    expect(fs.statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(stderr).toMatch(/audit log: created the signing key .*audit-signing-key\.pem \(key id ([0-9a-f]{32})\)/);
    const keyId = /key id ([0-9a-f]{32})/.exec(stderr)![1];
    const key = fs.readFileSync(keyFile(), 'utf8');
    expect(checkpoint()).toMatchObject({ events: 0, keyId });

    expect(await readPersons()).toBe(5);
    // Read well inside the minute: only the shutdown can anchor this event.
    expect(checkpoint().events).toBe(0);
    expect(await stop()).toBe(0);
    expect(checkpoint()).toMatchObject({ events: 1, keyId });

    const verified = verify();
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(new RegExp(`^audit log intact: 1 event\\(s\\), signed by key ${keyId}; head 1:[0-9a-f]{64} \\(event \\d+\\)\\n  reaches the checkpoint in file .*: 1 event\\(s\\)`));

    await start();
    expect(stderr).not.toMatch(/created the signing key/);
    expect(fs.readFileSync(keyFile(), 'utf8')).toBe(key);
    expect(await readPersons()).toBe(5);
    expect(await stop()).toBe(0);
    expect(checkpoint()).toMatchObject({ events: 2, keyId });
    expect(verify().status).toBe(0);
  });
});
