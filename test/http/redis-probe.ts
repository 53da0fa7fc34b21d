import { spawnSync } from 'node:child_process';

export const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * Null when Redis answers PING at REDIS_URL, otherwise why not. Synchronous
 * (a child process), so a test file can decide while it declares its tests.
 */
export function probeRedis(url = REDIS_URL): string | null {
  const { hostname, port } = new URL(url);
  const script = `
    const socket = require('node:net').connect(${Number(port || 6379)}, ${JSON.stringify(hostname)});
    socket.setTimeout(2000, () => { console.log('no answer within 2 s'); process.exit(1); });
    socket.on('error', (e) => { console.log(e.message); process.exit(1); });
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (d) => { const ok = String(d).startsWith('+PONG'); if (!ok) console.log(String(d).trim()); process.exit(ok ? 0 : 1); });`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 5000 });
  return result.status === 0 ? null : result.stdout.trim() || result.stderr.trim() || 'no answer';
}

/**
 * `describe` that runs when Redis answers; otherwise it is reported as
 * skipped with the reason, or fails when REQUIRE_REDIS=1 (as in CI).
 */
export function describeWithRedis(title: string, body: () => void): void {
  const problem = probeRedis();
  if (problem === null) {
    describe(title, body);
  } else if (process.env.REQUIRE_REDIS === '1') {
    describe(title, () => {
      it('needs Redis', () => {
        throw new Error(`REQUIRE_REDIS=1 but Redis at ${REDIS_URL} does not answer: ${problem}`);
      });
    });
  } else {
    describe.skip(`${title} (skipped: Redis at ${REDIS_URL} does not answer: ${problem}; REQUIRE_REDIS=1 makes this a failure)`, body);
  }
}
