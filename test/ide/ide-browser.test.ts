import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { argv, describeInBrowser, offHostRequests, OpenBrowser, openBrowser, requireChromium, startBuiltServer, StartedServer } from './browser-harness';

/**
 * The IDE as a newcomer meets it: the compiled server started as `npm start`
 * starts it, in a real browser (see browser-harness.ts). Without Chromium
 * the test is skipped, unless REQUIRE_BROWSER=1 (CI), which makes that a
 * failure.
 */
const SCREENSHOT = '/tmp/ide.png';

interface Example {
  name: string;
  viewer: string;
}

describeInBrowser('GraphiQL browser test')('GraphiQL IDE in headless Chromium, on a freshly started server', () => {
  let server: StartedServer;
  let browser: OpenBrowser;
  let base: string;
  let dataDir: string;
  let page: Page;
  let requests: string[];
  let problems: string[];

  beforeAll(async () => {
    requireChromium();
    server = await startBuiltServer('ide-browser');
    ({ base, dataDir } = server);
    browser = await openBrowser();
    ({ page, requests, problems } = browser);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
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
    // GraphiQL runs the query its tab state holds, which follows the editor a moment later (at start-up, after the tabs are
    // restored): wait until the active tab's state holds this tab's operation, or a quick click runs another tab's text.
    await page.waitForFunction(
      (operation) => {
        const raw = (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('graphiql:tabState');
        const state = raw ? (JSON.parse(raw) as { activeTabIndex: number; tabs: Array<{ query: string | null }> }) : null;
        return state?.tabs[state.activeTabIndex]?.query?.includes(`query ${operation}`) ?? false;
      },
      name,
      { timeout: 30_000 },
    );
    const answered = page.waitForResponse((response) => response.url() === `${base}/graphql` && response.request().postDataJSON()?.operationName === name, { timeout: 60_000 });
    await page.locator('.graphiql-execute-button').click();
    const body = await (await answered).json();
    await result().filter({ hasText: '"data"' }).waitFor({ timeout: 30_000 });
    return body;
  }

  it('prints on start how to get a key in one command, and that command makes one', () => {
    const line = server.stderr().split('\n').find((l) => l.trim().startsWith('npm run clients -- create'));
    expect(line).toBeDefined();
    const args = argv(line!.trim().slice('npm run clients -- '.length));
    expect(args).toEqual(['create', '--name', 'my IDE', '--role', 'ANALYST']);
    const created = server.cli(['clients', ...args]);
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
    await expect(panel.innerText()).resolves.toMatch(/\bselect\b/i);
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
    expect(offHostRequests(requests)).toEqual([]);
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
