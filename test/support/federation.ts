import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { parseServingConfig } from '../../src/config';
import { SUBGRAPH_NAMES, SubgraphName } from '../../src/federation/subgraph-plan';
import { gatewayOptions } from '../../src/gateway/gateway.options';
import { createServer, Server } from '../../src/server';
import { openDataSource } from '../../src/sources/data-source';
import { foreignSource } from '../../src/sources/foreign-source';
import { ApiHarness, GraphqlResponse, startApi, TEST_AUTH, testToken, ViewerSpec } from './api';
import { Backend, freshDatabaseUrl } from './backends';
import { SqlCounter } from './sql-counter';
import type { ApiRole } from '../../src/sources/gateway/api-client.entity';

/** One message between the gateway and a subgraph, as the recording proxy saw it. */
export interface Exchange {
  subgraph: SubgraphName;
  request: string;
  response: string;
}

interface RunningSubgraph {
  server: Server;
  sources: DataSource[];
  /** The subgraph's own gateway database: its API clients and its audit log. */
  gateway: DataSource;
  counter: SqlCounter;
  url: string;
  port: number;
}

export interface FederationHarness {
  /** The single process over the same databases. */
  single: ApiHarness;
  gatewayUrl: string;
  /** POSTs to the gateway as a viewer (ADMIN with pii:read by default, like the single-process harness). */
  query(text: string, variables?: Record<string, unknown>, role?: ApiRole, spec?: ViewerSpec): Promise<GraphqlResponse>;
  /** Statements each subgraph's own database received during the last gateway call. */
  statements(): Record<SubgraphName, number>;
  /** Everything that passed between the gateway and the subgraphs since the last `traffic(true)`. */
  traffic(clear?: boolean): Exchange[];
  /** A subgraph's own URL, bypassing the gateway (and the recording proxy). */
  subgraphUrl(name: SubgraphName): string;
  /** A subgraph's own gateway database (API clients, audit log). */
  subgraphGateway(name: SubgraphName): DataSource;
  stopSubgraph(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

/** A proxy in front of a subgraph that keeps a copy of every request and response body. */
function recordingProxy(subgraph: SubgraphName, target: () => number, log: Exchange[]): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const upstream = http.request({ host: '127.0.0.1', port: target(), path: req.url, method: req.method, headers: req.headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          const response = Buffer.concat(parts);
          log.push({ subgraph, request: body.toString('utf8'), response: response.toString('utf8') });
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(response);
        });
      });
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`subgraph ${subgraph} unreachable: ${error.message}`);
      });
      upstream.end(body);
    });
  });
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/**
 * Seeded databases on the backend; the single process over them; the two
 * subgraphs, each with its own connections (to its bureau's database and a
 * gateway database) counted apart; and Hive Gateway composing them, all on
 * loopback. A recording proxy sits between the gateway and each subgraph.
 */
export async function startFederation(backend: Backend, scale = 0.1): Promise<FederationHarness> {
  const single = await startApi(backend, scale);
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const log: Exchange[] = [];
  const proxies: http.Server[] = [];
  const drops: Array<() => Promise<void>> = [];
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const counter = new SqlCounter();
    const own = await openDataSource(name, single.db.urls[name], { logger: counter, poolSize: 4 });
    // Each bureau keeps its own API clients and audit log.
    const gatewayDb = await freshDatabaseUrl(backend, 'gateway');
    drops.push(gatewayDb.drop);
    const gateway = await openDataSource('gateway', gatewayDb.url, { poolSize: 2 });
    await gateway.runMigrations({ transaction: 'each' });
    const other = name === 'culture' ? 'hr' : 'culture';
    const sources = { [name]: own, gateway, [other]: foreignSource(other, name) } as Record<'culture' | 'hr' | 'gateway', DataSource>;
    const server = await createServer({ env: 'test', auth: TEST_AUTH }, sources, { subgraph: name });
    const port = await server.listen(0);
    subgraphs[name] = { server, sources: [own, gateway], gateway, counter, url: `http://127.0.0.1:${port}/graphql`, port };
    const proxy = recordingProxy(name, () => subgraphs[name].port, log);
    proxies.push(proxy);
    urls[name] = `http://127.0.0.1:${await listen(proxy)}/graphql`;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- required untyped: Hive Gateway's types augment GraphQLError globally
  const { createGatewayRuntime } = require('@graphql-hive/gateway') as { createGatewayRuntime(options: object): http.RequestListener & { dispose(): Promise<void> } };
  const runtime = createGatewayRuntime({ ...gatewayOptions({ port: 0, subgraphUrls: urls, limits: parseServingConfig({}, 'test').limits, production: false }), logging: false });
  const gatewayServer = http.createServer(runtime);
  const gatewayUrl = `http://127.0.0.1:${await listen(gatewayServer)}/graphql`;
  const stopped = new Set<SubgraphName>();
  return {
    single,
    gatewayUrl,
    async query(text, variables, role = 'ADMIN', spec = { scopes: ['pii:read'], subject: 'test-harness' }) {
      for (const s of Object.values(subgraphs)) s.counter.reset();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (role !== 'PUBLIC') headers.authorization = `Bearer ${await testToken(role, spec)}`;
      const response = await fetch(gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: text, variables }) });
      return (await response.json()) as GraphqlResponse;
    },
    statements: () => ({ culture: subgraphs.culture.counter.statements.length, hr: subgraphs.hr.counter.statements.length }),
    traffic(clear = false) {
      const copy = [...log];
      if (clear) log.length = 0;
      return copy;
    },
    subgraphUrl: (name) => subgraphs[name].url,
    subgraphGateway: (name) => subgraphs[name].gateway,
    async stopSubgraph(name) {
      stopped.add(name);
      await subgraphs[name].server.stop();
      await new Promise<void>((resolve) => subgraphs[name].server.httpServer.close(() => resolve()));
    },
    async close() {
      await new Promise<void>((resolve) => gatewayServer.close(() => resolve()));
      await runtime.dispose();
      for (const proxy of proxies) await new Promise<void>((resolve) => proxy.close(() => resolve()));
      for (const [name, s] of Object.entries(subgraphs) as Array<[SubgraphName, RunningSubgraph]>) {
        if (!stopped.has(name)) await s.server.stop();
        for (const dataSource of s.sources) if (dataSource.isInitialized) await dataSource.destroy();
      }
      for (const drop of drops) await drop();
      await single.close();
    },
  };
}
