import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { seedDatabases } from '../../src/seed/seed';
import { closeSources, migrateSources, openSources } from '../../src/sources/sources';
import { describeEachBackend, freshDatabaseUrl } from '../support/backends';
import { TEST_JWT_SECRET, testToken } from '../support/api';
import { freePort } from '../support/ports';
import { attr, otlpReceiver } from '../support/otlp-receiver';

const root = path.join(__dirname, '../..');

/** The compiled server, built once for both backends into a folder of its own (other tests may be building dist/). */
const outDir = path.join(root, 'node_modules', '.cache', `shh-otel-${process.pid}`);
let built: string | null = null;
function build(): string {
  if (built) return built;
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
  const cli = path.join(outDir, 'src', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`the build wrote no ${cli}`);
  return (built = cli);
}
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/**
 * The compiled server as users run it, with OTEL_EXPORTER_OTLP_ENDPOINT set,
 * answering one request that continues a caller's trace (W3C traceparent).
 */
describeEachBackend('OpenTelemetry traces over OTLP/HTTP', (backend) => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  let stderr = '';
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let port: number;
  let drops: Array<() => Promise<void>> = [];
  const env: Record<string, string> = {};
  /** Every seeded ID number and phone number: none may appear in any span. */
  let personal: string[] = [];
  let person: { citizen_id: string };

  beforeAll(async () => {
    const cli = build();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-otel-'));
    if (backend === 'mysql') {
      for (const source of ['culture', 'hr', 'gateway'] as const) {
        const { url, drop } = await freshDatabaseUrl('mysql', source);
        drops.push(drop);
        if (url.driver === 'mysql') env[`${source.toUpperCase()}_DATABASE_URL`] = `mysql://${url.user}@${url.host}:${url.port}/${url.database}`;
      }
    }
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ...env });
    const sources = await openSources(config, { poolSize: 2 });
    try {
      await migrateSources(sources);
      await seedDatabases(sources, { scale: 0.05, seed: 7 });
      const persons: Array<{ citizen_id: string; phone: string | null }> = await sources.hr.query('SELECT citizen_id, phone FROM person');
      const inheritors: Array<{ citizen_id: string }> = await sources.culture.query('SELECT citizen_id FROM inheritor');
      personal = [...persons.flatMap((p) => [p.citizen_id, p.phone ?? '']), ...inheritors.map((i) => i.citizen_id)].filter((v) => v.length >= 11);
      const known = new Set(persons.map((p) => p.citizen_id));
      // A person who is also an inheritor: the culture lookup binds the ID number as a statement parameter.
      person = { citizen_id: inheritors.map((i) => i.citizen_id).find((id) => known.has(id))! };
      expect(person.citizen_id).toBeDefined();
    } finally {
      await closeSources(sources);
    }
    receiver = await otlpReceiver();
    port = await freePort();
    // `serve` through the CLI, the entry point `npm start` runs: tracing starts before anything is required.
    child = spawn(process.execPath, [cli, 'serve'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: dataDir,
        PORT: String(port),
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        JWT_SECRET: TEST_JWT_SECRET,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (d) => (stderr += d));
    const until = Date.now() + 60_000;
    while (!stderr.includes(`GraphQL on http://localhost:${port}/graphql`)) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
      if (Date.now() > until) throw new Error(`the server did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await receiver?.close();
    for (const drop of drops) await drop();
    drops = [];
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('one request continues the caller\'s trace with HTTP, GraphQL, loader and SQL spans, and no span carries an ID number or phone', async () => {
    const traceId = crypto.randomBytes(16).toString('hex');
    const parentId = crypto.randomBytes(8).toString('hex');
    const query = `query Traced($id: String) {
      persons(first: 5, filter: { idNumber: $id }) { edges { node { idNumber name inheritorOf { name } } } }
      heritageItems(first: 3) { edges { node { name workshops(first: 2) { edges { node { name } } } } } }
    }`;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken('ADMIN', { scopes: ['pii:read'] })}`, traceparent: `00-${traceId}-${parentId}-01` },
      body: JSON.stringify({ query, variables: { id: person.citizen_id } }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    // The answer itself carries the ID number (ADMIN with pii:read): only the spans must not.
    expect(body.data.persons.edges[0].node.idNumber).toBe(person.citizen_id);
    expect(body.data.persons.edges[0].node.inheritorOf.length).toBeGreaterThan(0);

    const ours = () => receiver.spans.filter((s) => s.traceId === traceId);
    const names = () => ours().map((s) => s.name);
    const deadline = Date.now() + 20_000;
    while (!(names().some((n) => /^POST/.test(n)) && names().includes('query Traced') && names().some((n) => /^SELECT culture/.test(n)))) {
      if (Date.now() > deadline) throw new Error(`the spans did not arrive; got ${JSON.stringify(receiver.spans.map((s) => [s.traceId === traceId, s.name]))}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const spans = ours();

    // One trace: the HTTP server span is the caller's child, and every other span of the request descends from it.
    const server = spans.filter((s) => s.kind === 2 && /^POST/.test(s.name));
    expect(server).toHaveLength(1);
    expect(server[0].parentSpanId).toBe(parentId);
    const ids = new Set(spans.map((s) => s.spanId));
    for (const span of spans) if (span !== server[0]) expect(ids.has(span.parentSpanId ?? '')).toBe(true);
    // No request span went into another trace.
    expect(receiver.spans.filter((s) => s.traceId !== traceId && (/^POST/.test(s.name) || s.name === 'query Traced'))).toEqual([]);

    // HTTP, GraphQL parse/validate/execute (named after the operation), loader batches and SQL statements of both sources.
    expect(names()).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate', 'query Traced']));
    expect(attr(spans.find((s) => s.name === 'query Traced')!, 'graphql.operation.type')).toBe('query');
    expect(names().some((n) => n.startsWith('loader '))).toBe(true);
    const sql = spans.filter((s) => attr(s, 'db.statement') !== undefined);
    expect(sql.some((s) => attr(s, 'db.namespace') === 'culture') && sql.some((s) => attr(s, 'db.namespace') === 'hr')).toBe(true);
    for (const s of sql) expect(String(attr(s, 'db.statement'))).not.toMatch(/'[^']*\d{6,}/);
    if (backend === 'mysql') expect(spans.some((s) => attr(s, 'db.system.name') === 'mysql' || attr(s, 'db.system') === 'mysql')).toBe(true);
    // GraphQL variables are not recorded, and literal argument values are starred out of the document.
    expect(spans.some((s) => (s.attributes ?? []).some((a) => a.key.startsWith('graphql.variables')))).toBe(false);
    const source = spans.map((s) => attr(s, 'graphql.source')).find((v) => typeof v === 'string' && v.includes('persons')) as string;
    expect(source).toMatch(/persons\(first: \*/);

    // Nothing anywhere in what was exported holds a seeded ID number or phone number.
    const exported = receiver.bodies.join('\n');
    const leaked = personal.filter((value) => exported.includes(value));
    expect(leaked).toEqual([]);
    expect(exported).not.toContain(person.citizen_id);
  });
});

describe('OpenTelemetry off', () => {
  it('without OTEL_EXPORTER_OTLP_ENDPOINT neither the SDK, nor an instrumentation, nor an exporter is loaded, even once the whole server is', () => {
    const dist = path.dirname(build());
    const script = `
      require(${JSON.stringify(path.join(dist, 'observability', 'start-tracing.js'))});
      require(${JSON.stringify(path.join(dist, 'server.js'))});
      // prom-client (the metrics) requires @opentelemetry/api for exemplars: the no-op API, which patches nothing.
      const loaded = Object.keys(require.cache).filter((f) => f.includes('@opentelemetry') && !f.includes('@opentelemetry/api/'));
      const tracing = require(${JSON.stringify(path.join(dist, 'observability', 'tracing.js'))});
      process.stdout.write(JSON.stringify({ loaded, enabled: tracing.tracingEnabled() }));`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ loaded: [], enabled: false });
  });
});

describe('OpenTelemetry for Hive Gateway (gatewayOpenTelemetry, its openTelemetry option)', () => {
  it('is off without an endpoint; with one, the gateway\'s spans reach a real OTLP/HTTP receiver with ID numbers and phones masked out of the operation text', async () => {
    const dist = path.dirname(build());
    const receiver = await otlpReceiver();
    try {
      // In a process of its own, as the gateway runs: Hive's set-up loads its exporter with a dynamic import.
      const script = `
        const { gatewayOpenTelemetry } = require(${JSON.stringify(path.join(dist, 'observability', 'gateway-tracing.js'))});
        if (gatewayOpenTelemetry({}) !== undefined) throw new Error('on without an endpoint');
        const option = gatewayOpenTelemetry({ OTEL_EXPORTER_OTLP_ENDPOINT: ${JSON.stringify(receiver.url)}, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' });
        const { trace } = require('@opentelemetry/api');
        trace.getTracer('gateway').startSpan('graphql.execute', { attributes: {
          'graphql.document': '{ persons(filter: { idNumber: "37010219800101001X" }) { edges { node { name } } } }',
          note: 'call 13812345678',
        } }).end();
        process.stdout.write('\\nOPTION ' + JSON.stringify(option) + '\\n');
        setTimeout(() => process.exit(0), 8000);`;
      const child = spawn(process.execPath, ['-e', script], { cwd: root, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout!.on('data', (d) => (stdout += d));
      const deadline = Date.now() + 20_000;
      while (!receiver.spans.some((s) => s.name === 'graphql.execute')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no span arrived (${child.exitCode}): ${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      child.kill();
      expect(JSON.parse(/^OPTION (.*)$/m.exec(stdout)?.[1] ?? 'null')).toEqual({ traces: true });
      const exported = receiver.bodies.join('\n');
      expect(exported).toContain('shandong-handmade-gateway');
      expect(attr(receiver.spans.find((s) => s.name === 'graphql.execute')!, 'graphql.document')).toBe('{ persons(filter: { idNumber: "[masked]" }) { edges { node { name } } } }');
      expect(exported).not.toContain('37010219800101001X');
      expect(exported).not.toContain('13812345678');
    } finally {
      await receiver.close();
    }
  });
});
