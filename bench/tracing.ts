/**
 * CPU per request with OpenTelemetry off and on (not a test: nothing asserts a time).
 *
 *   npm run bench:tracing [-- --seconds 10 --connections 4]
 *
 * Uses the seeded benchmark databases of `npm run bench` (bench_culture,
 * bench_hr, bench_gateway; BENCH_*_URL override them; run `npm run bench`
 * once first to seed them). Starts the server three times: without
 * OTEL_EXPORTER_OTLP_ENDPOINT (tracing off, no SDK loaded), with it pointing
 * at an OTLP/HTTP sink in this process (every request sampled and exported),
 * and with it set but OTEL_TRACES_SAMPLER=always_off (the SDK and the
 * instrumentations loaded, nothing recorded). Drives the shallow list and the
 * node lookup with autocannon and prints the server's CPU milliseconds per
 * request, requests/s and p50, and the spans the sink received per request.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClients } from '../src/auth/api-clients';
import { parseDatabaseUrl, SourceName } from '../src/config';
import { toGlobalId } from '../src/shared/relay/global-id';
import { isSeeded } from '../src/seed/seed';
import { openDataSource } from '../src/sources/data-source';
import { startChild } from './children';
import { drive } from './load';
import { fixedOperations } from './operations';

const ROOT = path.join(__dirname, '../..');
const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '4' } } });
const log = (line: string) => process.stderr.write(`${line}\n`);
const URLS: Record<SourceName, string> = {
  culture: process.env.BENCH_CULTURE_URL ?? 'mysql://root@127.0.0.1:3306/bench_culture',
  hr: process.env.BENCH_HR_URL ?? 'mysql://root@127.0.0.1:3306/bench_hr',
  gateway: process.env.BENCH_GATEWAY_URL ?? 'mysql://root@127.0.0.1:3306/bench_gateway',
};

/** An OTLP/HTTP endpoint that counts the spans it is sent (protobuf: counted by requests and bytes only). */
async function sink(): Promise<{ url: string; requests: () => number; bytes: () => number; close: () => void }> {
  let requests = 0;
  let bytes = 0;
  const server = http.createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => {
      requests += 1;
      response.writeHead(200, { 'content-type': request.headers['content-type'] ?? 'application/json' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests: () => requests, bytes: () => bytes, close: () => server.close() };
}

async function main(): Promise<void> {
  const gateway = await openDataSource('gateway', parseDatabaseUrl('gateway', URLS.gateway), { poolSize: 1 });
  const hr = await openDataSource('hr', parseDatabaseUrl('hr', URLS.hr), { poolSize: 1 });
  const culture = await openDataSource('culture', parseDatabaseUrl('culture', URLS.culture), { poolSize: 1 });
  if (!(await isSeeded(culture))) throw new Error('the benchmark databases are empty: run `npm run bench` once to seed them');
  const [{ id: personId }] = await hr.query('SELECT id FROM person ORDER BY id LIMIT 1');
  const { client, key } = await new ApiClients(gateway).create({ name: `bench tracing ${new Date().toISOString()}`, role: 'ANALYST' });
  await Promise.all([hr.destroy(), culture.destroy()]);
  const auditDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tracing-'));
  const receiver = await sink();
  const operations = fixedOperations(ROOT, Number(personId), toGlobalId('Person', Number(personId))).filter((o) => o.name === 'shallow' || o.name === 'node');
  const variants: Array<[string, Record<string, string>]> = [
    ['off (no endpoint)', {}],
    ['on, sampled', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '500' }],
    ['on, sampler always_off', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_TRACES_SAMPLER: 'always_off' }],
  ];
  const rows: string[] = [];
  try {
    for (const [title, otel] of variants) {
      const server = await startChild(
        path.join(ROOT, 'dist', 'src', 'main.js'),
        {
          NODE_ENV: 'production',
          CULTURE_DATABASE_URL: URLS.culture,
          HR_DATABASE_URL: URLS.hr,
          GATEWAY_DATABASE_URL: URLS.gateway,
          AUDIT_SIGNING_KEY: crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
          AUDIT_CHECKPOINT_FILE: path.join(auditDir, 'audit-checkpoint.json'),
          LOG_LEVEL: 'warn',
          RATE_LIMIT_POINTS: '0',
          PERSON_ROWS_PER_DAY: '0',
          ...otel,
        },
        '/readyz',
      );
      try {
        for (const operation of operations) {
          const options = { url: `${server.base}/graphql`, body: JSON.stringify(operation.graphql), headers: { 'x-api-key': key }, connections: Number(args.connections), pid: server.process.pid! };
          log(`${title}: ${operation.name}`);
          await drive({ ...options, seconds: 2 });
          const bytesBefore = receiver.bytes();
          const load = await drive({ ...options, seconds: Number(args.seconds) });
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const exported = receiver.bytes() - bytesBefore;
          if (load.non2xx + load.errors > 0) log(`${title}: ${operation.name}: ${load.non2xx} non-2xx, ${load.errors} errors; the server said:\n${server.stderr().slice(-3000)}`);
          rows.push(`| ${operation.name} | ${title} | ${load.cpuMsPerRequest.toFixed(3)} | ${load.requestsPerSecond.toFixed(0)} | ${load.p50} | ${(exported / Math.max(1, load.requests)).toFixed(0)} | ${load.non2xx + load.errors} |`);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    receiver.close();
    await new ApiClients(gateway).revoke(String(client.id));
    await gateway.destroy();
    fs.rmSync(auditDir, { recursive: true, force: true });
  }
  process.stdout.write(
    `\nServer CPU per request, ${args.connections} connections, ${args.seconds} s per cell, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}\n\n` +
      `| operation | tracing | CPU ms/request | requests/s | p50 ms | OTLP bytes/request | failed |\n|---|---|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
