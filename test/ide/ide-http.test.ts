import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { loadConfig } from '../../src/config';
import { KEY_COMMAND } from '../../src/ide/ide.key-hint';
import { IDE_NOT_BUILT_MESSAGE, mountIde } from '../../src/ide/ide.routes';
import { createServer, Server } from '../../src/server';
import { ApiHarness, startApi } from '../support/api';
import { BROWSER_ACCEPT, browserGet, EXAMPLES_DIR, ensureIdeBuilt, graphiqlTabTitle, IDE_DIST, referencedUrls } from './ide-build';

async function listen(app: express.Express): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('GraphiQL IDE over HTTP', () => {
  let api: ApiHarness;
  let base: string;
  beforeAll(async () => {
    ensureIdeBuilt();
    api = await startApi('sqlite', 0.02);
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => api?.close());

  it('serves the page to a browser at /graphql and /, with same-origin references only', async () => {
    for (const url of [`${base}/graphql`, `${base}/`]) {
      const response = await browserGet(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('vary')).toMatch(/accept/i);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const html = await response.text();
      expect(html).toContain('<div id="graphiql">');
      expect(html).not.toMatch(/https?:\/\//);
      const urls = referencedUrls(html);
      expect(urls.length).toBeGreaterThanOrEqual(2);
      for (const ref of urls) expect(ref).toMatch(/^(\/ide\/[\w.-]+|data:.*)$/);
      expect(html).toMatch(/<script type="module" src="\/ide\/main-\w+\.js"><\/script>/);
      expect(html).toMatch(/<link rel="stylesheet" href="\/ide\/main-\w+\.css" \/>/);
    }
  });

  it('serves the hashed assets from /ide/* with long cache lifetimes', async () => {
    const html = await (await browserGet(`${base}/graphql`)).text();
    for (const ref of referencedUrls(html).filter((u) => u.startsWith('/ide/'))) {
      const response = await fetch(`${base}${ref}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(ref.endsWith('.js') ? /javascript/ : /text\/css/);
    }
    const assets = fs.readdirSync(path.join(IDE_DIST, 'assets'));
    for (const worker of ['editor.worker', 'json.worker', 'graphql.worker']) {
      const file = assets.find((name) => name.startsWith(`${worker}-`) && name.endsWith('.js'));
      expect(file).toBeDefined();
      expect((await fetch(`${base}/ide/${file}`)).status).toBe(200);
    }
    expect((await fetch(`${base}/ide/no-such-file.js`)).status).toBe(404);
  });

  it('bundles every script locally: nothing loads code or styles from another host', () => {
    const assets = fs.readdirSync(path.join(IDE_DIST, 'assets'));
    const pageJs = assets
      .filter((name) => /^(main|chunk)-\w+\.js$/.test(name))
      .map((name) => fs.readFileSync(path.join(IDE_DIST, 'assets', name), 'utf8'))
      .join('\n');
    // The worker names the build injected are files that exist beside the bundle.
    for (const worker of ['editor.worker', 'json.worker', 'graphql.worker']) {
      const name = new RegExp(`${worker.replace('.', '\\.')}-\\w+\\.js`).exec(pageJs)?.[0];
      expect(name && assets.includes(name)).toBe(true);
    }
    const remoteLoad = /(?:import\s*\(\s*|from\s*|importScripts\s*\(\s*|@import\s+(?:url\()?)["'`]https?:|esm\.sh|unpkg\.com|jsdelivr|cdnjs|googleapis|gstatic/;
    for (const name of assets.filter((n) => /\.(js|css)$/.test(n))) {
      expect({ name, remote: remoteLoad.exec(fs.readFileSync(path.join(IDE_DIST, 'assets', name), 'utf8'))?.[0] }).toEqual({ name, remote: undefined });
    }
  });

  it('lists every schema/examples/*.graphql file in /ide/examples.json, titled by its file name, PUBLIC ones first', async () => {
    const response = await fetch(`${base}/ide/examples.json`);
    expect(response.status).toBe(200);
    const examples = (await response.json()) as Array<{ name: string; file: string; query: string; viewer: string | null }>;
    const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql')).sort();
    expect(files).toContain('paging.graphql');
    expect(examples.map((e) => e.file).sort()).toEqual(files);
    // A first-time visitor has no key: the tab open at first must run for PUBLIC.
    expect(examples[0].viewer).toBe('PUBLIC');
    const ranks = examples.map((e) => ['PUBLIC', 'ANALYST', 'PARTNER', 'CULTURE_AGENCY', 'HR_AGENCY', 'ADMIN'].indexOf(e.viewer ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const example of examples) {
      expect(example.query).toBe(fs.readFileSync(path.join(EXAMPLES_DIR, example.file), 'utf8'));
      // GraphiQL titles a tab by its operation's name, so that name is what makes "title = file name".
      expect({ file: example.file, tabTitle: graphiqlTabTitle(example.query) }).toEqual({ file: example.file, tabTitle: example.name });
      expect({ file: example.file, firstLine: example.query.split('\n')[0] }).toEqual({ file: example.file, firstLine: expect.stringMatching(/^# Viewer: [A-Z_]+ — \S/) });
      expect(example.viewer).not.toBeNull();
      const body = await api.as(example.viewer as 'PUBLIC').query(example.query);
      expect({ file: example.file, errors: body.errors }).toEqual({ file: example.file, errors: undefined });
    }
  });

  it('tells the page how to get a key and whether the server sends SQL, in /ide/settings.json', async () => {
    const response = await fetch(`${base}/ide/settings.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ keyCommand: KEY_COMMAND, debugSql: 'on' });
    expect(KEY_COMMAND).toMatch(/^npm run clients -- create --name "[^"]+" --role ANALYST$/);
  });

  it('bundles a CJK web font, served by this server in unicode-range chunks, with its licence', async () => {
    const html = await (await browserGet(`${base}/graphql`)).text();
    const cssRef = /href="(\/ide\/main-\w+\.css)"/.exec(html)![1];
    const css = await (await fetch(`${base}${cssRef}`)).text();
    const faces = css.match(/@font-face\s*{[^}]*Noto Sans SC Variable[^}]*}/g) ?? [];
    expect(faces.length).toBeGreaterThan(50);
    const chunks = faces.map((face) => ({
      url: new URL(/url\("?([^")]+\.woff2)"?\)/.exec(face)![1], `${base}${cssRef}`),
      ranges: /unicode-range:\s*([^;}]+)/.exec(face)![1].split(',').map((range) => range.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16))),
    }));
    for (const { url } of chunks) expect(`${url.origin}${url.pathname}`).toMatch(new RegExp(`^${base}/ide/noto-sans-sc-[\\w-]+-wght-normal-\\w+\\.woff2$`));
    // The characters of 非遗工坊 each fall in some chunk, which this server serves as a font file.
    for (const character of '非遗工坊山东手造') {
      const code = character.codePointAt(0)!;
      const chunk = chunks.find(({ ranges }) => ranges.some(([from, to = from]) => code >= from && code <= to));
      expect({ character, chunk: Boolean(chunk) }).toEqual({ character, chunk: true });
      const font = await fetch(chunk!.url);
      expect(font.status).toBe(200);
      expect(font.headers.get('content-type')).toMatch(/font\/woff2/);
      expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(css).toMatch(/--font-family:[^;]*Noto Sans SC Variable/);
    const licence = await fetch(`${base}/ide/noto-sans-sc-LICENSE.txt`);
    expect(await licence.text()).toMatch(/SIL Open Font License/);
  });

  it('still sends API clients to GraphQL: POST with JSON, GET with */*', async () => {
    const post = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });

    const curlLike = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: '*/*', 'apollo-require-preflight': 'true' } });
    expect(curlLike.headers.get('content-type')).toMatch(/json/);
    expect(await curlLike.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps Apollo CSRF prevention on: a GET without a preflight header is refused', async () => {
    const url = `${api.url}?query=${encodeURIComponent('{ __typename }')}`;
    const refused = await fetch(url, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/CSRF/i);
    const simplePost = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(simplePost.status).toBe(400);
  });

  it('is off in production unless IDE_ENABLED=true; when off, a browser gets a page saying how to turn it on, API clients JSON', async () => {
    const servers: Server[] = [];
    try {
      for (const [config, served] of [
        [{ env: 'production' as const }, false],
        [{ env: 'production' as const, ide: true }, true],
        [{ env: 'development' as const, ide: false }, false],
      ] as const) {
        const server = await createServer(config, api.db.sources);
        servers.push(server);
        const port = await server.listen(0);
        const page = await browserGet(`http://127.0.0.1:${port}/graphql`);
        const html = await page.text();
        expect({ config, ide: html.includes('<div id="graphiql">') }).toEqual({ config, ide: served });
        expect({ config, examples: (await fetch(`http://127.0.0.1:${port}/ide/examples.json`)).status }).toEqual({ config, examples: served ? 200 : 404 });
        if (served) continue;
        // Not Apollo's CSRF refusal: a short page saying the IDE is off and how to turn it on.
        expect(page.status).toBe(404);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(page.headers.get('vary')).toMatch(/accept/i);
        expect(html).toMatch(/The GraphiQL IDE is off/);
        expect(html).toContain('IDE_ENABLED=true');
        expect(html).not.toMatch(/CSRF/);
        expect(html).not.toMatch(/<script/);
        expect((await browserGet(`http://127.0.0.1:${port}/`)).status).toBe(404);
        // API clients still get GraphQL's JSON, refusals included.
        const refused = await fetch(`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
        expect(refused.status).toBe(400);
        expect(refused.headers.get('content-type')).toMatch(/json/);
        expect(await refused.text()).toMatch(/CSRF/i);
        const post = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT }, body: JSON.stringify({ query: '{ __typename }' }) });
        expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
      }
    } finally {
      for (const server of servers) {
        await server.stop();
        server.httpServer.close();
      }
    }
  });
});

describe('GraphiQL IDE not built', () => {
  it('answers a browser with a 503 naming `npm run build:ide`, and lets other requests through', async () => {
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'ide-dist-missing-'));
    const app = express();
    mountIde(app, { enabled: true, distDir: emptyDist });
    app.post('/graphql', (_req, res) => {
      res.json({ reached: 'graphql' });
    });
    const { base, close } = await listen(app);
    try {
      const page = await browserGet(`${base}/graphql`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await page.text();
      expect(text).toBe(IDE_NOT_BUILT_MESSAGE);
      expect(text).toContain('npm run build:ide');
      const post = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(await post.json()).toEqual({ reached: 'graphql' });
    } finally {
      await close();
      fs.rmSync(emptyDist, { recursive: true, force: true });
    }
  });
});

describe('IDE_ENABLED', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', IDE_ENABLED: 'true' }, true],
    [{ NODE_ENV: 'development', IDE_ENABLED: 'false' }, false],
    [{ NODE_ENV: 'test', IDE_ENABLED: ' TRUE ' }, true],
  ])('%j gives ide=%s', (env, ide) => {
    expect(loadConfig(env).ide).toBe(ide);
  });

  it('rejects anything but a boolean, naming the variable', () => {
    expect(() => loadConfig({ IDE_ENABLED: 'sometimes' })).toThrow(/^IDE_ENABLED: "sometimes" is not a boolean/);
  });
});
