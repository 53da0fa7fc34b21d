import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// scripts/build.js is plain CommonJS run by npm before any TypeScript exists.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staleness, TARGETS } = require('../../scripts/build.js') as {
  staleness(name: 'server' | 'ide', root?: string): string | null;
  TARGETS: Record<'server' | 'ide', { inputs: string[]; stamp: string; entries: string[] }>;
};

/** A clone in miniature: one file per input, the entries, and the stamp, with chosen modification times. */
function clone(): { root: string; touch(file: string, secondsAgo: number): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-build-'));
  const touch = (file: string, secondsAgo: number) => {
    const p = path.join(root, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (!fs.existsSync(p)) fs.writeFileSync(p, '');
    const t = new Date(Date.now() - secondsAgo * 1000);
    fs.utimesSync(p, t, t);
  };
  for (const input of TARGETS.server.inputs) touch(/\.json$/.test(input) ? input : path.join(input, 'deep', 'file.ts'), 100);
  for (const entry of TARGETS.server.entries) touch(entry, 50);
  touch(TARGETS.server.stamp, 50);
  return { root, touch };
}

describe('the build runs only when a source changed (scripts/build.js)', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const fresh = () => {
    const c = clone();
    made.push(c.root);
    return c;
  };

  it('is up to date when every input is older than the stamp', () => {
    expect(staleness('server', fresh().root)).toBeNull();
  });

  it('is stale when any input, however deep, is newer than the stamp', () => {
    const c = fresh();
    c.touch('src/deep/file.ts', 10);
    expect(staleness('server', c.root)).toBe('sources changed since the last build');
    const d = fresh();
    d.touch('migrations/hr/1700000000000-New.ts', 10);
    expect(staleness('server', d.root)).toBe('sources changed since the last build');
  });

  it('is stale when the stamp or an entry point is missing', () => {
    const c = fresh();
    fs.rmSync(path.join(c.root, TARGETS.server.stamp));
    expect(staleness('server', c.root)).toBe(`${TARGETS.server.stamp} does not exist`);
    const d = fresh();
    fs.rmSync(path.join(d.root, 'dist/src/cli.js'));
    expect(staleness('server', d.root)).toBe('dist/src/cli.js does not exist');
  });

  it('counts the browser pages as built only when the IDE and the dashboard both are', () => {
    expect(TARGETS.ide.entries).toEqual(['ide/dist/index.html', 'ide/dist/dashboard.html']);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-build-ide-'));
    made.push(root);
    for (const input of TARGETS.ide.inputs) {
      const file = path.join(root, /\.(json|mjs)$/.test(input) ? input : path.join(input, 'main.tsx'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
      fs.utimesSync(file, new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
    }
    fs.mkdirSync(path.join(root, 'ide', 'dist'), { recursive: true });
    fs.writeFileSync(path.join(root, TARGETS.ide.stamp), '');
    expect(staleness('ide', root)).toBe('ide/dist/dashboard.html does not exist');
    fs.writeFileSync(path.join(root, 'ide', 'dist', 'dashboard.html'), '');
    expect(staleness('ide', root)).toBeNull();
  });

  it('leaves node_modules and dist out of the walk', () => {
    const c = fresh();
    c.touch('src/node_modules/x.js', 1);
    c.touch('src/dist/y.js', 1);
    expect(staleness('server', c.root)).toBeNull();
  });
});
