import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { loadConfig } from '../../src/config';
import { DASHBOARD_NOT_BUILT_MESSAGE, mountDashboard } from '../../src/ide/dashboard.routes';
import { KEY_COMMAND } from '../../src/ide/ide.key-hint';
import { OFF_PAGE_POLICY, PAGE_POLICY } from '../../src/ide/page-policy';
import { createServer, Server, ServerConfig } from '../../src/server';
import { ApiHarness, startApi } from '../support/api';
import { BROWSER_ACCEPT, ensureIdeBuilt, IDE_DIST } from './ide-build';

const browserGet = (url: string) => fetch(url, { headers: { accept: BROWSER_ACCEPT } });

/** Every src= and href= of the page. */
function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

/** The file and every chunk it imports, transitively (esbuild writes `from"./chunk-…js"` and `import("./chunk-…js")`). */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = fs.readFileSync(path.join(IDE_DIST, 'assets', file), 'utf8');
  for (const [, chunk] of text.matchAll(/["']\.\/(chunk-\w+\.js)["']/g)) withImports(chunk, seen);
  return seen;
}

describe('Dispatch dashboard over HTTP', () => {
  let api: ApiHarness;
  let base: string;
  const extra: Server[] = [];
  beforeAll(async () => {
    ensureIdeBuilt();
    api = await startApi('sqlite', 0);
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    for (const server of extra) {
      await server.stop();
      server.httpServer.close();
    }
    await api?.close();
  });

  async function serverWith(config: ServerConfig): Promise<string> {
    const server = await createServer(config, api.db.sources);
    extra.push(server);
    return `http://127.0.0.1:${await server.listen(0)}`;
  }

  it('serves the page at /dashboard under the same Content-Security-Policy as the IDE, with same-origin references only', async () => {
    const response = await browserGet(`${base}/dashboard`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(PAGE_POLICY);
    expect(PAGE_POLICY).toMatch(/default-src 'self'/);
    expect(PAGE_POLICY).toMatch(/connect-src 'self'/);
    expect(PAGE_POLICY).not.toMatch(/unsafe-eval/);
    const html = await response.text();
    expect(html).toContain('<div id="app">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/<script type="module" src="\/dashboard\/assets\/dashboard-\w+\.js"><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/dashboard\/assets\/dashboard-\w+\.css" \/>/);
    // The IDE's page is another document: the same policy.
    const ide = await browserGet(`${base}/graphql`);
    expect(ide.headers.get('content-security-policy')).toBe(PAGE_POLICY);
  });

  it('serves its hashed assets from /dashboard/assets/* with long cache lifetimes, the CJK font among them', async () => {
    const html = await (await browserGet(`${base}/dashboard`)).text();
    const refs = referencedUrls(html).filter((u) => u.startsWith('/dashboard/assets/'));
    expect(refs).toHaveLength(2);
    for (const ref of refs) {
      const response = await fetch(`${base}${ref}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(ref.endsWith('.js') ? /javascript/ : /text\/css/);
    }
    const css = await (await fetch(`${base}${refs.find((r) => r.endsWith('.css'))}`)).text();
    expect(css).toMatch(/@font-face\s*{[^}]*Noto Sans SC Variable/);
    const font = /url\("?\.?\/?(noto-sans-sc-[\w-]+\.woff2)"?\)/.exec(css)![1];
    expect((await fetch(`${base}/dashboard/assets/${font}`)).headers.get('content-type')).toMatch(/font\/woff2/);
    expect((await fetch(`${base}/dashboard/assets/no-such-file.js`)).status).toBe(404);
  });

  it('bundles ECharts and everything else locally: no remote load, no eval, and nothing of GraphiQL or Monaco', async () => {
    const html = await (await browserGet(`${base}/dashboard`)).text();
    const entry = /\/dashboard\/assets\/(dashboard-\w+\.js)/.exec(html)![1];
    const files = withImports(entry);
    for (const file of files) expect((await fetch(`${base}/dashboard/assets/${file}`)).status).toBe(200);
    const code = [...files].map((file) => fs.readFileSync(path.join(IDE_DIST, 'assets', file), 'utf8')).join('\n');
    expect(code).toMatch(/echarts|zrender/i);
    expect(code).not.toMatch(/(?:import\s*\(\s*|from\s*|importScripts\s*\(\s*)["'`]https?:|esm\.sh|unpkg\.com|jsdelivr|cdnjs|googleapis|gstatic/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    expect(code).not.toMatch(/monaco-editor|graphiql-container/);
  });

  it('tells the page how to get a key, in /dashboard/settings.json', async () => {
    const response = await fetch(`${base}/dashboard/settings.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ keyCommand: KEY_COMMAND });
  });

  it('is on in production too, where the IDE is off: it needs nothing but the public API', async () => {
    const prod = await serverWith({ env: 'production' });
    const page = await browserGet(`${prod}/dashboard`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /src="(\/dashboard\/assets\/dashboard-\w+\.js)"/.exec(html)![1];
    expect((await fetch(`${prod}${script}`)).status).toBe(200);
    expect(await (await browserGet(`${prod}/graphql`)).text()).toMatch(/The GraphiQL IDE is off/);
  });

  it('with DASHBOARD_ENABLED=false, answers a browser with a page saying so and how to turn it on', async () => {
    const off = await serverWith({ env: 'development', dashboard: false });
    const page = await browserGet(`${off}/dashboard`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(OFF_PAGE_POLICY);
    const html = await page.text();
    expect(html).toMatch(/The dispatch dashboard is off/);
    expect(html).toContain('本服务器未开启调度看板');
    expect(html).toContain('DASHBOARD_ENABLED=true');
    expect(html).not.toMatch(/<script/);
    expect((await fetch(`${off}/dashboard/settings.json`)).status).toBe(404);
    const html2 = await (await browserGet(`${base}/dashboard`)).text();
    const script = /src="(\/dashboard\/assets\/dashboard-\w+\.js)"/.exec(html2)![1];
    expect((await fetch(`${off}${script}`)).status).toBe(404);
    // The IDE is unaffected.
    expect(await (await browserGet(`${off}/graphql`)).text()).toContain('<div id="graphiql">');
  });
});

describe('Dispatch dashboard not built', () => {
  it('answers with a 503 naming `npm run build:ide`', async () => {
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-dist-missing-'));
    const app = express();
    mountDashboard(app, { enabled: true, distDir: emptyDist });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const page = await browserGet(`http://127.0.0.1:${port}/dashboard`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await page.text()).toBe(DASHBOARD_NOT_BUILT_MESSAGE);
      expect(DASHBOARD_NOT_BUILT_MESSAGE).toContain('npm run build:ide');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(emptyDist, { recursive: true, force: true });
    }
  });
});

describe('DASHBOARD_ENABLED', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', DASHBOARD_ENABLED: 'false' }, false],
    [{ NODE_ENV: 'development', DASHBOARD_ENABLED: '0' }, false],
    [{ NODE_ENV: 'test', DASHBOARD_ENABLED: ' TRUE ' }, true],
  ])('%j gives dashboard=%s', (env, dashboard) => {
    expect(loadConfig(env).dashboard).toBe(dashboard);
  });

  it('rejects anything but a boolean, naming the variable', () => {
    expect(() => loadConfig({ DASHBOARD_ENABLED: 'sometimes' })).toThrow(/^DASHBOARD_ENABLED: "sometimes" is not a boolean/);
  });
});
