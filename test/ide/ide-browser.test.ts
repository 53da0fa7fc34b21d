import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { ApiHarness, startApi } from '../support/api';
import { ensureIdeBuilt } from './ide-build';

/**
 * The IDE in a real browser: Debian's Chromium, driven by playwright-core
 * (which never downloads a browser of its own). Without Chromium the test is
 * skipped, unless REQUIRE_BROWSER=1 (CI), which makes that a failure.
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

describeInBrowser('GraphiQL IDE in headless Chromium', () => {
  let api: ApiHarness;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install it with apt-get install chromium`);
    ensureIdeBuilt();
    api = await startApi('sqlite', 0.02);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ide-chromium-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    // Context-wide, so requests from the page's workers are seen too.
    context.on('request', (request) => requests.push(request.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await api?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('runs the paging example against the seeded database, talking to this server only', async () => {
    const [first] = await api.db.sources.culture.query('SELECT name, item_key FROM heritage_item ORDER BY id LIMIT 1');
    expect(first?.name).toBeTruthy();

    await page.goto(api.url, { waitUntil: 'load' });
    await page.locator('.graphiql-container .graphiql-query-editor .monaco-editor').waitFor({ state: 'visible', timeout: 60_000 });

    await page.getByRole('tab', { name: 'paging', exact: true }).click();
    // The selected tab gains a close button, which changes its accessible name: find it by state.
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'paging' }).waitFor({ timeout: 30_000 });
    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor .view-lines');
    await queryEditor.filter({ hasText: 'heritageItems' }).waitFor({ timeout: 30_000 });

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window .monaco-editor .view-lines');
    await result.filter({ hasText: first.item_key }).waitFor({ timeout: 30_000 });
    const shown = await result.innerText();
    expect(shown).toContain(first.name);
    expect(shown).toContain('"totalCount"');

    await page.screenshot({ path: SCREENSHOT });

    expect(requests.length).toBeGreaterThan(3);
    const elsewhere = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return !['127.0.0.1', 'localhost'].includes(hostname);
    });
    expect(elsewhere).toEqual([]);
    // The three Monaco workers came from this server too.
    for (const worker of ['editor.worker', 'json.worker', 'graphql.worker']) {
      expect(requests.some((url) => url.includes(`/ide/${worker}-`))).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});
