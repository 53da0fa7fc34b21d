import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { freePort } from '../support/ports';
import { otlpReceiver } from '../support/otlp-receiver';

const root = path.join(__dirname, '../..');
const cli = path.join(root, 'dist/src/cli.js');
const hiveGateway = path.join(root, 'node_modules/@graphql-hive/gateway/dist/bin.js');

/** A child process started by this test, and the moment its output shows `ready`. */
function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

describe('the three processes as the README starts them: two subgraphs (serve --subgraph) and Hive Gateway (gateway.config.ts)', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.js'), '--server'], { cwd: root, stdio: 'inherit' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-federation-'));
    execFileSync(process.execPath, [cli, 'seed', '--scale', '0.05', '--no-progress'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dir }, stdio: 'ignore' });
  });
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('link-keys rotate replaces the generated secret and recomputes every key under it', () => {
    const before = fs.readFileSync(path.join(dir, 'person-link-secret'), 'utf8');
    const rotated = spawnSync(process.execPath, [cli, 'link-keys', 'rotate'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dir }, encoding: 'utf8' });
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toMatch(/hr: 500 person link keys recomputed/);
    const secret = fs.readFileSync(path.join(dir, 'person-link-secret'), 'utf8').trim();
    expect(secret).not.toBe(before.trim());
    const hr = new Database(path.join(dir, 'hr.sqlite'), { readonly: true });
    for (const r of hr.prepare('SELECT citizen_id, link_key FROM person').all() as Array<{ citizen_id: string; link_key: string }>) {
      expect(r.link_key).toBe(crypto.createHmac('sha256', secret).update(r.citizen_id).digest('hex'));
    }
    hr.close();
  });

  it('serves the supergraph through the gateway, and refuses settings that cannot work in one line', async () => {
    const [culturePort, hrPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
    const culture = await start([cli, 'serve', '--subgraph', 'culture'], { DATA_DIR: dir, PORT: String(culturePort) }, /culture subgraph on/);
    children.push(culture.child);
    const hr = await start([cli, 'serve', '--subgraph', 'hr'], { DATA_DIR: dir, PORT: String(hrPort) }, /hr subgraph on/);
    children.push(hr.child);
    // Each subgraph is ready when its own databases answer (it never opens the other bureau's).
    for (const [port, own] of [[culturePort, 'culture'], [hrPort, 'hr']] as const) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready', sources: { [own]: 'ok', gateway: 'ok' } } });
    }
    const gateway = await start(
      [hiveGateway, 'supergraph'],
      { PORT: String(gatewayPort), CULTURE_SUBGRAPH_URL: `http://127.0.0.1:${culturePort}/graphql`, HR_SUBGRAPH_URL: `http://127.0.0.1:${hrPort}/graphql` },
      /Listening on/,
    );
    children.push(gateway.child);
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ heritageItems(first: 3) { totalCount edges { node { itemKey laborBrands(first: 2) { totalCount } } } } }' }),
    });
    const body = (await response.json()) as { data: { heritageItems: { totalCount: number; edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const culturedb = new Database(path.join(dir, 'culture.sqlite'), { readonly: true });
    expect(body.data.heritageItems.totalCount).toBe((culturedb.prepare('SELECT COUNT(*) AS n FROM heritage_item').get() as { n: number }).n);
    culturedb.close();
    expect(body.data.heritageItems.edges).toHaveLength(3);

    const bogus = spawnSync(process.execPath, [cli, 'serve', '--subgraph', 'tourism'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dir }, encoding: 'utf8' });
    expect(bogus.status).toBe(1);
    expect(bogus.stderr).toMatch(/--subgraph must be one of culture, hr, got "tourism"/);
    const noSecret = spawnSync(process.execPath, [cli, 'serve', '--subgraph', 'hr'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dir, NODE_ENV: 'production' }, encoding: 'utf8' });
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr.trim()).toMatch(/^configuration error: PERSON_LINK_SECRET: is not set; a subgraph in production needs the secret both bureaus share/);
    const noUrl = spawnSync(process.execPath, [hiveGateway, 'supergraph'], { cwd: root, env: { PATH: process.env.PATH ?? '', PORT: String(await freePort()), CULTURE_SUBGRAPH_URL: 'http://127.0.0.1:1/graphql' }, encoding: 'utf8', timeout: 60_000 });
    expect(noUrl.status).not.toBe(0);
    expect(`${noUrl.stdout}${noUrl.stderr}`).toMatch(/HR_SUBGRAPH_URL: is not set/);
  });

  it('traces one federated query as one trace across the gateway and both subgraphs, with no ID number or phone in any span', async () => {
    const receiver = await otlpReceiver();
    const traced = { DATA_DIR: dir, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '200' };
    try {
      const [culturePort, hrPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
      const culture = await start([cli, 'serve', '--subgraph', 'culture'], { ...traced, PORT: String(culturePort) }, /culture subgraph on/);
      children.push(culture.child);
      const hr = await start([cli, 'serve', '--subgraph', 'hr'], { ...traced, PORT: String(hrPort) }, /hr subgraph on/);
      children.push(hr.child);
      const gateway = await start(
        [hiveGateway, 'supergraph'],
        { ...traced, PORT: String(gatewayPort), CULTURE_SUBGRAPH_URL: `http://127.0.0.1:${culturePort}/graphql`, HR_SUBGRAPH_URL: `http://127.0.0.1:${hrPort}/graphql` },
        /Listening on/,
      );
      children.push(gateway.child);
      const created = spawnSync(process.execPath, [cli, 'clients', 'create', '--name', 'traced analyst', '--role', 'ANALYST'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dir }, encoding: 'utf8' });
      const key = /^(shk_\S+)$/m.exec(created.stdout)![1];
      const traceId = crypto.randomBytes(16).toString('hex');
      // From culture's items to HR's catalogue, and from HR's persons to culture's inheritor records: both subgraphs, both ways.
      const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, traceparent: `00-${traceId}-${crypto.randomBytes(8).toString('hex')}-01` },
        body: JSON.stringify({
          query: '{ heritageItems(first: 5) { edges { node { name trainingCatalogEntries(first: 2) { edges { node { title } } } } } } persons(first: 5) { edges { node { name idNumber phone inheritorOf { name } } } } }',
        }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();

      const services = () => new Set(receiver.spans.filter((s) => s.traceId === traceId).map((s) => s.service));
      const deadline = Date.now() + 20_000;
      while (services().size < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect([...services()].sort()).toEqual(['shandong-handmade-culture', 'shandong-handmade-gateway', 'shandong-handmade-hr']);
      // The subgraphs' HTTP spans continue the gateway's calls to them, not a trace of their own.
      const ours = receiver.spans.filter((s) => s.traceId === traceId);
      const spanIds = new Set(ours.map((s) => s.spanId));
      const gatewaySpans = new Set(ours.filter((s) => s.service === 'shandong-handmade-gateway').map((s) => s.spanId));
      for (const service of ['shandong-handmade-culture', 'shandong-handmade-hr']) {
        const spans = ours.filter((s) => s.service === service);
        // Every span of the subgraph hangs in the one tree, and the subgraph's requests hang under the gateway's spans.
        expect(spans.filter((s) => !s.parentSpanId || !spanIds.has(s.parentSpanId)).map((s) => s.name)).toEqual([]);
        expect(spans.some((s) => gatewaySpans.has(s.parentSpanId!))).toBe(true);
      }

      const hrdb = new Database(path.join(dir, 'hr.sqlite'), { readonly: true });
      const people = hrdb.prepare('SELECT citizen_id, phone FROM person').all() as Array<{ citizen_id: string; phone: string | null }>;
      hrdb.close();
      const exported = receiver.bodies.join('\n');
      const leaked = people.flatMap((p) => [p.citizen_id, p.phone]).filter((value): value is string => !!value && exported.includes(value));
      expect(leaked).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});
