import { ChildProcess, spawn, spawnSync, SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { ensureIdeBuilt, ROOT } from './ide-build';

/**
 * What the browser tests share: the compiled server started as `npm start`
 * starts it (node dist/src/main.js, development mode, the embedded default
 * on an empty data folder, so it migrates and seeds the demo data at scale
 * 1), keys made with the CLI, and Debian's Chromium driven by playwright-core
 * (which never downloads a browser of its own), with the browser's own
 * background traffic turned off so every request it makes is the page's.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);

/**
 * `describe` when Chromium is there; else the suite is skipped with a line
 * saying so, unless REQUIRE_BROWSER=1 (CI), which makes that a failure.
 */
export function describeInBrowser(what: string): jest.Describe {
  const required = process.env.REQUIRE_BROWSER === '1';
  if (!haveChromium) {
    process.stderr.write(
      required
        ? `\n[tests] REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install it with apt-get install chromium.\n\n`
        : `\n[tests] ${CHROMIUM} is missing; the ${what} is SKIPPED (apt-get install chromium to run it).\n\n`,
    );
  }
  return haveChromium || required ? describe : describe.skip;
}

/** For the first beforeAll: a suite that runs without Chromium (REQUIRE_BROWSER=1) fails here. */
export function requireChromium(): void {
  if (!haveChromium) throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install it with apt-get install chromium`);
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The words of a command line, double quotes grouping. */
export function argv(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

export interface StartedServer {
  /** http://127.0.0.1:PORT */
  base: string;
  port: number;
  /** The environment it runs with (and the CLI must run with, to reach the same databases). */
  env: Record<string, string>;
  dataDir: string;
  /** What it has written to stderr so far. */
  stderr(): string;
  /** The compiled CLI, run with the server's environment. */
  cli(args: string[]): SpawnSyncReturns<string>;
  /** A new API key (the CLI prints it once). */
  createKey(args: string[]): string;
  stop(): void;
}

/**
 * Compiles the server into a folder of its own (under dist/, so the server
 * finds the project root above it; other tests build dist/ too), starts it
 * on a free port with a fresh data folder and waits until it says it
 * listens.
 */
export async function startBuiltServer(label: string, extraEnv: Record<string, string> = {}): Promise<StartedServer> {
  ensureIdeBuilt();
  const outDir = path.join(ROOT, 'dist', `${label}-${process.pid}`);
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT, encoding: 'utf8' });
  if (!fs.existsSync(path.join(outDir, 'src', 'main.js'))) throw new Error(`the server did not build: ${build.stdout}${build.stderr}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `shh-${label}-`));
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn', ...extraEnv };
  const child: ChildProcess = spawn(process.execPath, [path.join(outDir, 'src', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    for (const dir of [dataDir, outDir]) fs.rmSync(dir, { recursive: true, force: true });
  };
  const until = Date.now() + 180_000;
  while (!stderr.includes(`GraphQL on http://localhost:${port}/graphql`) || !stderr.includes('Get a key')) {
    if (child.exitCode !== null || Date.now() > until) {
      stop();
      throw new Error(child.exitCode !== null ? `the server exited (${child.exitCode}): ${stderr}` : `the server did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const cli = (args: string[]) => spawnSync(process.execPath, [path.join(outDir, 'src', 'cli.js'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    env,
    dataDir,
    stderr: () => stderr,
    cli,
    createKey: (args) => {
      const created = cli(['clients', 'create', ...args]);
      if (created.status !== 0) throw new Error(`clients create ${args.join(' ')} failed: ${created.stderr}`);
      return created.stdout.trim();
    },
    stop,
  };
}

export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser asked for, workers' requests included. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1400, height: 900 }): Promise<OpenBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, acceptDownloads: true });
  const requests: string[] = [];
  const problems: string[] = [];
  // Context-wide, so requests from the page's workers are seen too.
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return {
    context,
    page,
    requests,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The requests that went anywhere but this machine (data: and blob: URLs are not requests to a host). */
export function offHostRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !['127.0.0.1', 'localhost'].includes(hostname);
  });
}
