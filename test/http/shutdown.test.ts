import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/ports';

const root = path.join(__dirname, '../..');

/** Resolves with the exit code, or rejects after `ms`. */
function exitOf(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/**
 * The compiled server as users run it (node dist/src/main.js), built into
 * a folder of its own so other tests building dist/ at the same time do not
 * race with it.
 */
describe('graceful shutdown of the compiled server', () => {
  let outDir: string;
  let dataDir: string;
  let child: ChildProcess | undefined;
  let stderr = '';
  let stdout = '';
  let port: number;

  beforeAll(async () => {
    outDir = path.join(root, 'node_modules', '.cache', `shh-shutdown-${process.pid}`);
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
    const main = path.join(outDir, 'src', 'main.js');
    if (!fs.existsSync(main)) throw new Error(`the build wrote no ${main}`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-shutdown-'));
    port = await freePort();
    child = spawn(process.execPath, [main], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '20000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    // The first start migrates and seeds the embedded databases (scale 1): a few seconds.
    const until = Date.now() + 150_000;
    while (!stderr.includes(`GraphQL on http://localhost:${port}/graphql`)) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
      if (Date.now() > until) throw new Error(`the server did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 240_000);

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('on SIGTERM refuses new connections, finishes the request in flight, closes the pools and exits 0', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    // A request in flight: headers and half of its body sent, the rest after SIGTERM.
    const body = JSON.stringify({ query: '{ heritageItems(first: 3) { totalCount edges { node { name } } } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          let text = '';
          response.on('data', (d) => (text += d));
          response.on('end', () => resolve({ status: response.statusCode!, text }));
        },
      );
      request.on('error', reject);
      request.write(body.slice(0, 20));
      setTimeout(() => {
        child!.kill('SIGTERM');
        setTimeout(async () => {
          try {
            // No new connections once draining started
            const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
              () => 'answered',
              () => 'refused',
            );
            expect(refused).toBe('refused');
            request.end(body.slice(20));
          } catch (error) {
            reject(error);
          }
        }, 700);
      }, 300);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.heritageItems.edges).toHaveLength(3);
    expect(await exitOf(child!, 20_000)).toBe(0);
    expect(stderr).toMatch(/SIGTERM: refusing new requests, finishing those in flight/);
    const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.find((l) => l.msg === 'request' && l.path === '/graphql')).toMatchObject({ status: 200 });
    if (!lines.some((l) => l.msg === 'stopped')) console.log(stdout.slice(-2000), stderr.slice(-2000));
    expect(lines[lines.length - 1]).toMatchObject({ msg: 'stopped', signal: 'SIGTERM' });
  });
});
