import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COMMANDS_HELP } from '../../src/cli/cli.help';
import { freshDatabaseUrl } from '../support/backends';

const root = path.join(__dirname, '../..');
const bin = path.join(root, 'bin/shandong-handmade.js');

/** The program as `npx shandong-handmade` and the npm scripts run it: the bin, which checks the build first. */
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** stderr with nothing but one line (beside progress and the audit key's first-start notice), and no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n').filter((l) => !/^migrations applied|^empty databases|^\[|^seeded |^audit log: |^person link keys: /.test(l));
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0];
}

async function freePort(): Promise<number> {
  const held = await holdPort();
  await held.release();
  return held.port;
}

async function holdPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { port: (server.address() as net.AddressInfo).port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Resolves with what the server printed once it listens, or rejects with what it printed when it exits first. */
function listening(child: ChildProcess): Promise<string> {
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => {
      stderr += d;
      if (/GraphQL on http:/.test(stderr)) resolve(stderr);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

describe('the command line answers at once, and explains a bad setting in one line', () => {
  let dir: string;
  beforeAll(() => {
    // Compiles only if a source is newer than the last build.
    spawnSync(process.execPath, [path.join(root, 'scripts/build.js'), '--server'], { cwd: root, stdio: 'inherit' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-cli-startup-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const helpPaths = Object.entries(COMMANDS_HELP).flatMap(([command, help]) => [[command], ...Object.keys(help.subcommands ?? {}).map((sub) => [command, sub])]);

  it.each(helpPaths.map((p) => [p.join(' '), p]))('%s --help prints its usage and exits 0', (_name, words) => {
    for (const args of [[...words, '--help'], [...words, '-h'], ['help', ...words]]) {
      const result = run(args);
      expect({ args, status: result.status, stderr: result.stderr }).toEqual({ args, status: 0, stderr: '' });
      const help = words.length === 2 ? COMMANDS_HELP[words[0]].subcommands![words[1]] : COMMANDS_HELP[words[0]];
      expect(result.stdout.startsWith(`Usage: shandong-handmade ${help.synopsis}\n`)).toBe(true);
    }
  });

  it('--help after options of a command, and with no command, is help too', () => {
    const seed = run(['seed', '--scale', '2', '--help']);
    expect(seed.status).toBe(0);
    expect(seed.stdout).toMatch(/^Usage: shandong-handmade seed /);
    const top = run(['--help']);
    expect(top.status).toBe(0);
    for (const command of Object.keys(COMMANDS_HELP)) expect(top.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run([]).stdout).toBe(top.stdout);
  });

  it('a mistyped option is one line and a pointer to the help, exit 1', () => {
    const result = run(['clients', 'list', '--nmae', 'x'], { DATA_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`Unknown option '--nmae'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--nmae"\nRun "shandong-handmade clients --help" for the options.\n`);
  });

  it('a port in use stops the server with one line naming PORT', async () => {
    const held = await holdPort();
    try {
      const result = run(['serve'], { DATA_DIR: path.join(dir, 'busy'), PORT: String(held.port) });
      expect(result.status).toBe(1);
      expect(oneLine(result.stderr)).toBe(
        `configuration error: PORT: port ${held.port} is already in use (another server, or an earlier start still running?); stop it or choose another port, e.g. PORT=${held.port + 1}`,
      );
    } finally {
      await held.release();
    }
  });

  it('a SQLite file in a folder that does not exist is refused before anything is created', () => {
    const missing = path.join(dir, 'no', 'such', 'folder');
    const result = run(['serve'], { DATA_DIR: path.join(dir, 'typo'), HR_DATABASE_URL: `sqlite:${missing}/hr.sqlite` });
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toBe(
      `configuration error: HR_DATABASE_URL: the folder ${missing} of sqlite:${missing}/hr.sqlite does not exist; create it or correct the path (only DATA_DIR, ${path.join(dir, 'typo')}, is created by itself)`,
    );
    expect(fs.existsSync(path.join(dir, 'no'))).toBe(false);
  });

  it('an empty database beside seeded ones is refused, naming it and the command that fills it', async () => {
    // The embedded databases of the port test are seeded; HR now points at a new file by mistake.
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    const hr = path.join(dir, 'elsewhere', 'hr.sqlite');
    const result = run(['serve'], { DATA_DIR: path.join(dir, 'busy'), HR_DATABASE_URL: `sqlite:${hr}`, PORT: String(await freePort()) });
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toBe(
      `configuration error: HR_DATABASE_URL: sqlite:${hr} holds no records while the other database does; fill it with demo data (npm run seed -- --scale 1 --replace) or with the agencies' files (npm run import), or set ALLOW_EMPTY_DATABASES=true to serve empty databases`,
    );
  });

  (process.env.TEST_MYSQL_AVAILABLE === '1' ? it : it.skip)('empty MySQL databases are refused with the seed command to run; ALLOW_EMPTY_DATABASES=true serves them', async () => {
    const urls = await Promise.all(['culture', 'hr', 'gateway'].map((s) => freshDatabaseUrl('mysql', s as 'culture')));
    const base = new URL(process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
    const url = (u: (typeof urls)[number]['url']) => `mysql://${base.username || 'root'}${base.password ? `:${base.password}` : ''}@${base.host}/${(u as { database: string }).database}`;
    const env = { CULTURE_DATABASE_URL: url(urls[0].url), HR_DATABASE_URL: url(urls[1].url), GATEWAY_DATABASE_URL: url(urls[2].url), PORT: String(await freePort()), DATA_DIR: path.join(dir, 'mysql') };
    try {
      const refused = run(['serve'], env);
      expect(refused.status).toBe(1);
      const shown = (u: (typeof urls)[number]['url']) => `mysql://${base.host}/${(u as { database: string }).database}`;
      expect(oneLine(refused.stderr)).toBe(
        `configuration error: CULTURE_DATABASE_URL, HR_DATABASE_URL: ${shown(urls[0].url)} and ${shown(urls[1].url)} hold no records yet; ` +
          "fill them with demo data (npm run seed -- --scale 1) or with the agencies' files (npm run import), or set ALLOW_EMPTY_DATABASES=true to serve empty databases",
      );
      const child = spawn(process.execPath, [bin, 'serve'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env, ALLOW_EMPTY_DATABASES: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
      try {
        expect(await listening(child)).toMatch(/GraphQL on http:\/\/localhost:\d+\/graphql \(MySQL\)/);
      } finally {
        child.kill('SIGKILL');
      }
    } finally {
      for (const u of urls) await u.drop();
    }
  });

  it('npm run <command> on a built clone runs the command without compiling', () => {
    const stamp = path.join(root, 'dist', '.build-stamp');
    const before = fs.statSync(stamp).mtimeMs;
    const result = spawnSync('npm', ['run', '--silent', 'clients', '--', 'list'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: path.join(dir, 'npm') }, encoding: 'utf8', timeout: 60_000 });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: 'no clients\n', stderr: '' });
    expect(fs.statSync(stamp).mtimeMs).toBe(before);
  });
});
