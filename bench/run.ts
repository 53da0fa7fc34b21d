/**
 * Load benchmark of the GraphQL server (not a test: nothing asserts a time).
 *
 *   npm run bench [-- --seconds 10 --connections 10 --scale 100 --modes batched,unbatched,gateway,minimal,minimal-js,minimal-http,floor]
 *
 * Uses the MariaDB/MySQL databases bench_culture, bench_hr and bench_gateway
 * (override with BENCH_CULTURE_URL, BENCH_HR_URL, BENCH_GATEWAY_URL):
 * migrates them, seeds them at --scale when empty and reuses them otherwise.
 * Then, for each mode — the server with batched loaders, the server with
 * DISABLE_BATCHING=1, and hand-written SQL (bench/floor-server.ts) — it
 * starts the server as a child process and drives each operation with
 * autocannon from this process: requests/s, p50/p99 latency, SQL statements
 * per request (from /metrics, or the floor's own count), the server's peak
 * RSS, and whether the data equals the batched server's. Prints the table
 * and ratios and writes them with the machine's description to bench/RESULTS.md.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClients } from '../src/auth/api-clients';
import { DatabaseUrl, parseDatabaseUrl, SOURCE_NAMES, SourceName } from '../src/config';
import { toGlobalId } from '../src/shared/relay/global-id';
import { isSeeded, seedDatabases } from '../src/seed/seed';
import { openDataSource } from '../src/sources/data-source';
import { closeSources, Sources } from '../src/sources/sources';
import { startChild, Child } from './children';
import { drive, histogram, sample } from './load';
import { dispatchOperation, fixedOperations, INTROSPECTION, Operation } from './operations';
import { Measurement, Mode, MODE_TITLES, ratios, table } from './report';
import { statisticsPart } from './results-file';

const ROOT = path.join(__dirname, '../..');
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '10' },
    connections: { type: 'string', default: '10' },
    scale: { type: 'string', default: '100' },
    modes: { type: 'string', default: 'batched,unbatched,gateway,minimal,minimal-js,minimal-http,floor' },
    sweep: { type: 'string', default: '1,10,50' },
    out: { type: 'string', default: path.join(ROOT, 'bench', 'RESULTS.md') },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const MODES = args.modes!.split(',') as Mode[];
/** Connection counts for the concurrency sweep of the shallow list and the dashboard (the main count is measured anyway). */
const SWEEP = args.sweep ? args.sweep.split(',').map(Number).filter((c) => c > 0) : [];
const SWEPT = new Set(['shallow', 'dashboard']);
/** What the minimal server answers (bench/minimal-server.ts). */
const MINIMAL = new Set(['shallow', 'node']);
/** What the supergraph serves (node(id:) and the dispatch report are the single process's only). */
const FEDERATED = new Set(['shallow', 'dashboard']);
const isMinimal = (mode: Mode) => mode.startsWith('minimal');
const log = (line: string) => process.stderr.write(`${line}\n`);

const URLS: Record<SourceName, string> = {
  culture: process.env.BENCH_CULTURE_URL ?? 'mysql://root@127.0.0.1:3306/bench_culture',
  hr: process.env.BENCH_HR_URL ?? 'mysql://root@127.0.0.1:3306/bench_hr',
  gateway: process.env.BENCH_GATEWAY_URL ?? 'mysql://root@127.0.0.1:3306/bench_gateway',
};

interface Prepared {
  apiKey: string;
  clientId: number;
  personId: number;
  rows: { persons: number; heritageItems: number; enrollments: number };
  serverVersion: string;
}

/** Migrates, seeds when empty, and issues an ANALYST key for the run (revoked at the end). */
async function prepare(): Promise<Prepared> {
  const sources = {} as Sources;
  try {
    for (const source of SOURCE_NAMES) {
      sources[source] = await openDataSource(source, parseDatabaseUrl(source, URLS[source]), { poolSize: 4 });
      await sources[source].runMigrations({ transaction: 'each' });
    }
    if (await isSeeded(sources.culture)) log('reusing the seeded benchmark databases');
    else {
      log(`seeding scale ${args.scale} (this takes a while, once)`);
      await seedDatabases(sources, { scale: Number(args.scale), seed: 1, progress: true });
    }
    const count = async (source: SourceName, table: string) => Number((await sources[source].query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    const rows = { persons: await count('hr', 'person'), heritageItems: await count('culture', 'heritage_item'), enrollments: await count('hr', 'enrollment') };
    const [{ id: personId }] = await sources.hr.query(`SELECT id FROM person ORDER BY id LIMIT 1 OFFSET ${Math.floor(rows.persons / 2)}`);
    const [{ v }] = await sources.culture.query('SELECT VERSION() AS v');
    const { client, key } = await new ApiClients(sources.gateway).create({ name: `bench ${new Date().toISOString()}`, role: 'ANALYST' });
    return { apiKey: key, clientId: client.id, personId: Number(personId), rows, serverVersion: String(v) };
  } finally {
    await closeSources(sources);
  }
}

async function revoke(clientId: number): Promise<void> {
  const gateway = await openDataSource('gateway', parseDatabaseUrl('gateway', URLS.gateway), { poolSize: 1 });
  try {
    await new ApiClients(gateway).revoke(String(clientId));
  } finally {
    await gateway.destroy();
  }
}

/** The server's audit trail needs a signing key in production, and a checkpoint file: a fresh pair for the run. */
const AUDIT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-audit-'));
const AUDIT_SIGNING_KEY = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** One linkage-key secret for every server of the run, so that the subgraphs link the persons the single process does. */
const PERSON_LINK_SECRET = crypto.randomBytes(32).toString('hex');

function serverEnv(mode: Mode): Record<string, string> {
  return {
    NODE_ENV: 'production',
    CULTURE_DATABASE_URL: URLS.culture,
    HR_DATABASE_URL: URLS.hr,
    GATEWAY_DATABASE_URL: URLS.gateway,
    AUDIT_SIGNING_KEY,
    AUDIT_CHECKPOINT_FILE: path.join(AUDIT_DIR, `audit-checkpoint-${mode}.json`),
    PERSON_LINK_SECRET,
    LOG_LEVEL: 'warn',
    INTROSPECTION_ENABLED: 'true',
    RATE_LIMIT_POINTS: '0',
    // A load test reads far more persons than a client's daily quota.
    PERSON_ROWS_PER_DAY: '0',
    REQUEST_TIMEOUT_MS: '120000',
    DB_POOL_SIZE: '10',
    // Per-row loading queues hundreds of statements per request: let them wait rather than fail as busy.
    DB_POOL_QUEUE_LIMIT: '100000',
    DB_ACQUIRE_TIMEOUT_MS: '120000',
    DISABLE_BATCHING: mode === 'unbatched' ? '1' : '0',
  };
}

/** Hive Gateway (gateway.config.ts) in front of `serve --subgraph culture` and `serve --subgraph hr`, as the README runs them. */
async function startFederation(): Promise<Child> {
  const cli = path.join(ROOT, 'dist', 'src', 'cli.js');
  // The first start fills the linkage keys of a million persons: minutes, once.
  const culture = await startChild(cli, serverEnv('gateway'), '/readyz', 900_000, ['serve', '--subgraph', 'culture']);
  const hr = await startChild(cli, serverEnv('gateway'), '/readyz', 900_000, ['serve', '--subgraph', 'hr']);
  const gateway = await startChild(
    path.join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
    { NODE_ENV: 'production', CULTURE_SUBGRAPH_URL: `${culture.base}/graphql`, HR_SUBGRAPH_URL: `${hr.base}/graphql` },
    '/healthcheck',
    120_000,
    ['supergraph'],
  );
  return {
    ...gateway,
    metricsBases: [culture.base, hr.base],
    stderr: () => `${gateway.stderr()}${culture.stderr()}${hr.stderr()}`,
    stop: async () => {
      await gateway.stop();
      await Promise.all([culture.stop(), hr.stop()]);
    },
  };
}

function startServer(mode: Mode): Promise<Child> {
  if (mode === 'gateway') return startFederation();
  if (isMinimal(mode)) {
    const variant = { MINIMAL_EXECUTOR: mode === 'minimal-js' ? 'graphql-js' : 'jit', MINIMAL_HTTP: mode === 'minimal-http' ? 'node' : 'express' };
    return startChild(path.join(__dirname, 'minimal-server.js'), { NODE_ENV: 'production', FLOOR_CULTURE_URL: URLS.culture, FLOOR_HR_URL: URLS.hr, ...variant }, '/ready');
  }
  if (mode === 'floor') {
    return startChild(path.join(__dirname, 'floor-server.js'), { FLOOR_CULTURE_URL: URLS.culture, FLOOR_HR_URL: URLS.hr, FLOOR_POOL_SIZE: '10' }, '/stats');
  }
  return startChild(path.join(ROOT, 'dist', 'src', 'main.js'), serverEnv(mode), '/readyz', 900_000);
}

/** A canonical JSON (sorted keys), to compare answers of different modes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  // asOf is when the figures were read, not a figure: two runs never agree on it.
  if (value && typeof value === 'object') return `{${Object.keys(value).filter((k) => k !== 'asOf').sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return response.json();
}

const NOT_MEASURED = { requestsPerSecond: NaN, p50: NaN, p99: NaN, requests: 0, non2xx: 0, errors: 0, graphqlErrors: 0, peakRssMb: 0, sqlPerRequest: null, sameData: null, cpuMsPerRequest: NaN, connections: 0 };

async function measureMode(mode: Mode, operations: Operation[], prepared: Prepared, reference: Map<string, string>): Promise<Measurement[]> {
  const server = await startServer(mode);
  const pid = server.process.pid!;
  const headers: Record<string, string> = mode === 'floor' ? {} : { 'x-api-key': prepared.apiKey };
  const results: Measurement[] = [];
  try {
    for (const operation of operations) {
      if (mode === 'floor' && !operation.floor) {
        results.push({ ...NOT_MEASURED, operation: operation.name, mode, note: 'no hand-written equivalent' });
        continue;
      }
      if (mode === 'gateway' && !FEDERATED.has(operation.name)) {
        results.push({ ...NOT_MEASURED, operation: operation.name, mode, note: 'the single process only' });
        continue;
      }
      if (isMinimal(mode) && !MINIMAL.has(operation.name)) {
        results.push({ ...NOT_MEASURED, operation: operation.name, mode, note: 'not in the minimal server' });
        continue;
      }
      const url = mode === 'floor' ? `${server.base}${operation.floor!.path}` : `${server.base}/graphql`;
      const body = mode === 'floor' ? operation.floor!.body : operation.graphql;
      log(`${MODE_TITLES[mode]}: ${operation.name}`);
      const answer = await post(url, body, headers);
      if (answer.errors || !answer.data) {
        results.push({ ...NOT_MEASURED, operation: operation.name, mode, note: `failed: ${JSON.stringify(answer.errors ?? answer).slice(0, 200)}` });
        continue;
      }
      const data = canonical(answer.data);
      if (mode === 'batched') reference.set(operation.name, data);
      const sameData = mode === 'batched' ? null : reference.has(operation.name) ? reference.get(operation.name) === data : null;
      // warm the caches and the JIT (a slow operation's first answer did that already)
      if (!operation.amount) await drive({ url, body: JSON.stringify(body), headers, connections: CONNECTIONS, seconds: Math.min(2, SECONDS), pid });
      await idle(server, mode);
      const sweep = SWEPT.has(operation.name) && !operation.amount ? SWEEP.filter((c) => c !== CONNECTIONS) : [];
      for (const connections of [CONNECTIONS, ...sweep]) {
        const before = await statements(server, mode, operation);
        const load = await drive({ url, body: JSON.stringify(body), headers, connections, seconds: SECONDS, amount: operation.amount, pid });
        // requests still running when the load stopped finish before the next measurement starts
        await idle(server, mode);
        const after = await statements(server, mode, operation);
        const served = after.requests - before.requests;
        results.push({
          ...load,
          graphqlErrors: after.failed - before.failed,
          operation: operation.name,
          mode,
          sqlPerRequest: served > 0 ? (after.statements - before.statements) / served : null,
          sameData,
        });
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}

/** Statements run, requests served and requests answered with errors so far: /metrics of the server, /stats of the floor. */
async function statements(server: Child, mode: Mode, operation: Operation): Promise<{ statements: number; requests: number; failed: number }> {
  if (isMinimal(mode)) return { statements: 0, requests: 0, failed: 0 };
  if (mode === 'floor') {
    const stats = (await (await fetch(`${server.base}/stats`)).json()) as Record<string, { statements: number; requests: number }>;
    const entry = stats[operation.floor!.path.slice(1)] ?? { statements: 0, requests: 0 };
    return { statements: entry.statements, requests: entry.requests, failed: 0 };
  }
  if (server.metricsBases) {
    // Behind the gateway each client request is one request to each subgraph it needs: count the first's requests, all statements.
    const texts = await Promise.all(server.metricsBases.map(async (base) => (await fetch(`${base}/metrics`)).text()));
    const statementsRun = texts.reduce((n, text) => n + histogram(text, 'graphql_sql_statements', {}).sum, 0);
    // Both operations start at culture's root fields: one culture-subgraph request per client request.
    return { statements: statementsRun, requests: histogram(texts[0], 'graphql_sql_statements', { source: 'culture' }).count, failed: 0 };
  }
  const text = await (await fetch(`${server.base}/metrics`)).text();
  const all = histogram(text, 'graphql_sql_statements', { operation: operation.graphql.operationName });
  const one = histogram(text, 'graphql_sql_statements', { operation: operation.graphql.operationName, source: 'culture' });
  return { statements: all.sum, requests: one.count, failed: sample(text, 'graphql_requests_total', { operation: operation.graphql.operationName, outcome: 'error' }) };
}

/** Waits until the server has no GraphQL request in flight (the floor answers before autocannon stops waiting). */
async function idle(server: Child, mode: Mode): Promise<void> {
  if (mode === 'floor' || isMinimal(mode)) return;
  for (;;) {
    const texts = await Promise.all((server.metricsBases ?? [server.base]).map(async (base) => (await fetch(`${base}/metrics`)).text()));
    if (texts.every((text) => sample(text, 'graphql_requests_in_flight', {}) === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function machine(prepared: Prepared): string {
  const cpus = os.cpus();
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${os.availableParallelism?.() ?? cpus.length} × ${cpus[0]?.model ?? 'unknown'} (nproc ${cpus.length})`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()}`,
    `- Node.js: ${process.version}`,
    `- database: ${prepared.serverVersion} on the same machine (loopback)`,
    `- data: scale ${args.scale} — ${prepared.rows.persons.toLocaleString('en')} persons, ${prepared.rows.enrollments.toLocaleString('en')} enrolments, ${prepared.rows.heritageItems.toLocaleString('en')} heritage items`,
    `- all on one machine: the load generator, the server and the database share its ${os.availableParallelism?.() ?? cpus.length} cores`,
    `- load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per operation after a ${Math.min(2, SECONDS)} s warm-up; server and load generator are separate processes`,
    `- server: NODE_ENV=production, DB_POOL_SIZE=10, rate limits off, ANALYST API key on every request (one gateway lookup per request)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const prepared = await prepare();
  const reference = new Map<string, string>();
  const measurements: Measurement[] = [];
  try {
    // The dispatch report is measured when the schema has it.
    const probe = await startServer('batched');
    let operations = fixedOperations(ROOT, prepared.personId, toGlobalId('Person', prepared.personId));
    try {
      const introspection = await post(`${probe.base}/graphql`, { query: INTROSPECTION }, { 'x-api-key': prepared.apiKey });
      const dispatch = dispatchOperation(introspection.data.__schema.types);
      if (dispatch) operations = [operations[0], operations[1], dispatch, operations[2]];
    } finally {
      await probe.stop();
    }
    for (const mode of MODES) measurements.push(...(await measureMode(mode, operations, prepared, reference)));
  } finally {
    await revoke(prepared.clientId);
  }
  const order = new Map(measurements.map((m, i) => [m.operation, i]));
  measurements.sort((a, b) => (order.get(a.operation)! - order.get(b.operation)!) || MODES.indexOf(a.mode) - MODES.indexOf(b.mode) || a.connections - b.connections);
  const summary = `${table(measurements)}\n\n${ratios(measurements, CONNECTIONS)}\n`;
  process.stdout.write(`\n${summary}`);
  const text = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.ts); numbers from one run on this machine, not a guarantee.\n\n## Machine\n\n${machine(prepared)}\n\n## Results\n\n${summary}\n## Operations\n\n${fixedOperations(ROOT, 0, '')
    .map((o) => `- **${o.name}**: ${o.description}`)
    .join('\n')}\n- **dispatch** (when the schema has \`dispatchReport\`): the dispatch report for 2025-Q2 over the province, 20 requests (not a fixed time: each takes seconds); no hand-written floor\n\n` +
    'SQL/request is the mean number of statements per request over the measured run, all sources together (from the server\'s `graphql_sql_statements` metric; the floor counts its own). ' +
    '"same data" compares each mode\'s answer with the batched server\'s.\n';
  // The statistics part belongs to npm run bench:statistics: kept as it was.
  const previous = fs.existsSync(args.out!) ? fs.readFileSync(args.out!, 'utf8') : '';
  const statistics = statisticsPart(previous);
  fs.writeFileSync(args.out!, statistics ? `${text}\n${statistics}` : text);
  log(`written to ${path.relative(process.cwd(), args.out!)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
