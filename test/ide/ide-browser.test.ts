import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { ensureIdeBuilt, ROOT } from './ide-build';

/**
 * The IDE as a newcomer meets it: the compiled server started as `npm start`
 * starts it (node dist/src/main.js, development mode, the embedded default
 * on an empty data folder, so it migrates and seeds the demo data), in a
 * real browser: Debian's Chromium, driven by playwright-core (which never
 * downloads a browser of its own). Without Chromium the test is skipped,
 * unless REQUIRE_BROWSER=1 (CI), which makes that a failure.
 */
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = '/tmp/ide.png';
const haveChromium = fs.existsSync(CHROMIUM);
const describeInBrowser = haveChromium || process.env.REQUIRE_BROWSER === '1' ? describe : describe.skip;
if (!haveChromium) {
  process.stderr.write(
    process.env.REQUIRE_BROWSER === '1'
      ? `\n[tests] REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install it with apt-get install chromium.\n\n`
      : `\n[tests] ${CHROMIUM} is missing; the GraphiQL browser test is SKIPPED (apt-get install chromium to run it).\n\n`,
  );
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

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The words of a command line, double quotes grouping. */
function argv(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

interface Example {
  name: string;
  viewer: string;
}

describeInBrowser('GraphiQL IDE in headless Chromium, on a freshly started server', () => {
  let outDir: string;
  let dataDir: string;
  let server: ChildProcess | undefined;
  let stderr = '';
  let base: string;
  let env: Record<string, string>;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install it with apt-get install chromium`);
    ensureIdeBuilt();
    // Built into a folder of its own (under dist/, so the server finds the project root above it), as other tests build dist/ too.
    outDir = path.join(ROOT, 'dist', `ide-browser-${process.pid}`);
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT, encoding: 'utf8' });
    if (!fs.existsSync(path.join(outDir, 'src', 'main.js'))) throw new Error(`the server did not build: ${build.stdout}${build.stderr}`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-ide-browser-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn' };
    server = spawn(process.execPath, [path.join(outDir, 'src', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr!.on('data', (chunk) => (stderr += chunk));
    const until = Date.now() + 180_000;
    while (!stderr.includes(`GraphQL on http://localhost:${port}/graphql`) || !stderr.includes('Get a key')) {
      if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}): ${stderr}`);
      if (Date.now() > until) throw new Error(`the server did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ide-chromium-profile-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
    // Context-wide, so requests from the page's workers are seen too.
    context.on('request', (request) => requests.push(request.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (server && server.exitCode === null) server.kill('SIGKILL');
    for (const dir of [profile, dataDir, outDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const keyBar = () => page.getByRole('status', { name: 'Viewer' });
  const result = () => page.locator('.result-window .monaco-editor .view-lines');

  async function openIde(): Promise<void> {
    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container .graphiql-query-editor .monaco-editor').waitFor({ state: 'visible', timeout: 60_000 });
  }

  /** Selects the tab, runs it, and returns the JSON the server answered. */
  async function runTab(name: string): Promise<{ data?: unknown; errors?: Array<{ message: string }>; extensions?: any }> {
    // A tab's own button carries its title (the selected tab also holds a close button).
    await page.locator(`[role="tab"] button[title="${name}"]`).click();
    await page.locator('[role="tab"][aria-selected="true"]', { has: page.locator(`button[title="${name}"]`) }).waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-query-editor .monaco-editor .view-lines').filter({ hasText: `query ${name}` }).waitFor({ timeout: 30_000 });
    const answered = page.waitForResponse((response) => response.url() === `${base}/graphql` && response.request().postDataJSON()?.operationName === name, { timeout: 60_000 });
    await page.locator('.graphiql-execute-button').click();
    const body = await (await answered).json();
    await result().filter({ hasText: '"data"' }).waitFor({ timeout: 30_000 });
    return body;
  }

  it('prints on start how to get a key in one command, and that command makes one', () => {
    const line = stderr.split('\n').find((l) => l.trim().startsWith('npm run clients -- create'));
    expect(line).toBeDefined();
    const args = argv(line!.trim().slice('npm run clients -- '.length));
    expect(args).toEqual(['create', '--name', 'my IDE', '--role', 'ANALYST']);
    const created = spawnSync(process.execPath, [path.join(outDir, 'src', 'cli.js'), 'clients', ...args], { cwd: ROOT, env, encoding: 'utf8' });
    expect(created.status).toBe(0);
    expect(created.stdout.trim()).toMatch(/^shk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}$/);
    fs.writeFileSync(path.join(dataDir, 'ide-key.txt'), created.stdout.trim());
  });

  it('runs every example tab as the viewer it names, entering the key once in the key bar, and finds no error', async () => {
    const key = fs.readFileSync(path.join(dataDir, 'ide-key.txt'), 'utf8');
    const examples = (await (await fetch(`${base}/ide/examples.json`)).json()) as Example[];
    expect(examples.length).toBeGreaterThanOrEqual(5);

    await openIde();
    await keyBar().filter({ hasText: 'You are: PUBLIC' }).waitFor({ timeout: 30_000 });
    await expect(keyBar().innerText()).resolves.toContain('npm run clients -- create --name "my IDE" --role ANALYST');
    // The tab open at first is one a visitor without a key can run.
    await expect(page.locator('[role="tab"][aria-selected="true"]').innerText()).resolves.toContain(examples[0].name);
    expect(examples[0].viewer).toBe('PUBLIC');

    const answers: Record<string, Awaited<ReturnType<typeof runTab>>> = {};
    for (const example of examples) {
      if (example.viewer !== 'PUBLIC' && !(await page.getByRole('button', { name: 'Forget key' }).isVisible())) {
        expect(example.viewer).toBe('ANALYST');
        await page.getByLabel('API key').fill(key);
        await page.getByRole('button', { name: 'Use key' }).click();
        await keyBar().filter({ hasText: 'You are: ANALYST' }).waitFor({ timeout: 30_000 });
        await expect(keyBar().innerText()).resolves.toContain('my IDE');
      }
      const body = await runTab(example.name);
      expect({ tab: example.name, viewer: example.viewer, errors: body.errors }).toEqual({ tab: example.name, viewer: example.viewer, errors: undefined });
      expect(body.data).toBeTruthy();
      answers[example.name] = body;
    }
    // ID numbers come back masked for an analyst.
    expect(JSON.stringify(answers.personAcrossAgencies.data)).toMatch(/"idNumber":"\d{6}\*{12}"/);

    // The SQL panel shows what the last tab (an analyst's) ran, per source, as extensions.sql says.
    const last = examples[examples.length - 1].name;
    const sql = answers[last].extensions.sql;
    expect(sql.statements).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show SQL behind the query' }).click();
    const panel = page.getByRole('region', { name: 'SQL behind the query' });
    await panel.getByLabel('SQL summary').filter({ hasText: `${sql.statements} statement` }).waitFor({ timeout: 10_000 });
    for (const source of Object.keys(sql.sources)) {
      await expect(panel.getByRole('region', { name: `SQL of ${source}` }).locator('li').count()).resolves.toBe(sql.sources[source].length);
    }
    await expect(panel.innerText()).resolves.toMatch(/SELECT/);
    await page.screenshot({ path: SCREENSHOT });
  });

  it('keeps the key across a reload, and forgets it on request', async () => {
    await openIde();
    await keyBar().filter({ hasText: 'You are: ANALYST' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Forget key' }).click();
    await keyBar().filter({ hasText: 'You are: PUBLIC' }).waitFor({ timeout: 30_000 });
    const stored = await page.evaluate(() => {
      const storage = (globalThis as unknown as { localStorage: Record<string, string> }).localStorage;
      return Object.keys(storage).filter((name) => name.includes('credential'));
    });
    expect(stored).toEqual([]);
    await openIde();
    await keyBar().filter({ hasText: 'You are: PUBLIC' }).waitFor({ timeout: 30_000 });
  });

  it('finds Chinese terms in the docs, and shows which permission a field needs', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.getByRole('searchbox').fill('工坊');
    const hits = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await hits.first().waitFor({ timeout: 10_000 });
    await expect(hits.first().innerText()).resolves.toMatch(/^Workshop\n.*非遗工坊/);
    await hits.first().click();
    const docs = page.getByRole('region', { name: 'Documentation Explorer' });
    await docs.locator('.graphiql-doc-explorer-title', { hasText: /^Workshop$/ }).waitFor({ timeout: 10_000 });
    await page.getByRole('searchbox').fill('trainees');
    await hits.first().click();
    await docs.getByText('Needs person:read', { exact: false }).first().waitFor({ timeout: 10_000 });
  });

  it('renders Chinese with the bundled font, and talked to this server only', async () => {
    const fonts = await page.evaluate(async () => {
      // Runs in the page (the test itself is type-checked without the DOM library).
      const { fonts } = (globalThis as unknown as { document: { fonts: { ready: Promise<unknown>; load(font: string, text: string): Promise<unknown[]>; check(font: string, text: string): boolean } } }).document;
      await fonts.ready;
      const loaded = await fonts.load('16px "Noto Sans SC Variable"', '山东手造工坊');
      return { loaded: loaded.length, check: fonts.check('16px "Noto Sans SC Variable"', '山东手造工坊') };
    });
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.check).toBe(true);
    expect(requests.some((url) => /\/ide\/noto-sans-sc-\d+-wght-normal-\w+\.woff2$/.test(url))).toBe(true);

    expect(requests.length).toBeGreaterThan(10);
    const elsewhere = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return !['127.0.0.1', 'localhost'].includes(hostname);
    });
    expect(elsewhere).toEqual([]);
    for (const worker of ['editor.worker', 'json.worker', 'graphql.worker']) {
      expect(requests.some((url) => url.includes(`/ide/${worker}-`))).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('says so in the key bar when a key is refused', async () => {
    await page.getByLabel('API key').fill('shk_abcdefgh_not-a-real-key-not-a-real-key-not-a-real-k');
    await page.getByRole('button', { name: 'Use key' }).click();
    await keyBar().filter({ hasText: 'Key refused' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Forget key' }).click();
    await keyBar().filter({ hasText: 'You are: PUBLIC' }).waitFor({ timeout: 30_000 });
  });
});
