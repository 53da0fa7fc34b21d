import { Writable } from 'node:stream';
import { Backend, openTestSources, TestSources } from '../support/backends';
import { SqlCounter } from '../support/sql-counter';
import { createServer, Server, ServerConfig } from '../../src/server';
import { seedDatabases } from '../../src/seed/seed';
import { SOURCE_NAMES, SourceName } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import type { HardeningOptions } from '../../src/http/hardening';
import { ApiClients } from '../../src/auth/api-clients';
import { NO_JWT } from '../../src/auth/authenticate';

export interface Seeded {
  db: TestSources;
  counters: Record<SourceName, SqlCounter>;
  statements(): number;
  resetCounters(): void;
  close(): Promise<void>;
}

/** Fresh databases on the backend, seeded small: enough rows for the hardening tests, quick to build. */
export async function seeded(backend: Backend, scale = 0.02): Promise<Seeded> {
  const counters = { culture: new SqlCounter(), hr: new SqlCounter(), gateway: new SqlCounter() };
  const db = await openTestSources(backend, { loggers: counters });
  await seedDatabases(db.sources, { scale, seed: 5 });
  return {
    db,
    counters,
    statements: () => SOURCE_NAMES.reduce((n, s) => n + counters[s].statements.length, 0),
    resetCounters: () => Object.values(counters).forEach((c) => c.reset()),
    close: () => db.close(),
  };
}

export interface Running {
  server: Server;
  base: string;
  url: string;
  /** Every log line the server wrote, parsed. */
  logs: Array<Record<string, any>>;
  /** Sent with every `post` (e.g. an X-API-Key). */
  headers: Record<string, string>;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/** A server with the given configuration over already-open sources, logging into memory. */
export async function serve(sources: TestSources['sources'], config: Partial<ServerConfig> = {}, options: HardeningOptions = {}): Promise<Running> {
  const logs: Array<Record<string, any>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  // No revoked-token reload (a gateway statement every 5 s) inside tests that count statements.
  const auth = { ...NO_JWT, jwtRevocationRefreshSeconds: 3600, ...config.auth };
  const server = await createServer({ env: 'test', ...config, auth }, sources, { logger: createLogger('debug', sink), ...options });
  const port = await server.listen(0);
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  const running: Running = {
    server,
    base,
    url,
    logs,
    headers: {},
    post: async (body, headers = {}) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...running.headers, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: the test sees the text
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    close: async () => {
      await server.stop();
    },
  };
  return running;
}

/** An API key of a new client with the role (ANALYST may read persons, masked). */
export async function apiKey(gateway: TestSources['sources']['gateway'], role = 'ANALYST', name = `test ${role}`): Promise<string> {
  return (await new ApiClients(gateway).create({ name, role })).key;
}
