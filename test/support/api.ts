import { Backend, openTestSources, TestSources } from './backends';
import { SqlCounter } from './sql-counter';
import { createServer, Server } from '../../src/server';
import { seedDatabases } from '../../src/seed/seed';
import { SourceName } from '../../src/config';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: Array<string | number> }>;
}

export interface ApiHarness {
  db: TestSources;
  server: Server;
  url: string;
  counters: Record<SourceName, SqlCounter>;
  /** POSTs a query as a client would and returns the parsed body. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** Same, but fails the test on any GraphQL error. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** SQL statements per source run by the last `query`/`data` call. */
  statements(): Record<SourceName, number>;
  close(): Promise<void>;
}

/** Fresh databases on the backend, seeded at `scale`, with the real server listening on a free port. */
export async function startApi(backend: Backend, scale = 0.1, seed = 11): Promise<ApiHarness> {
  const counters = { culture: new SqlCounter(), hr: new SqlCounter(), gateway: new SqlCounter() };
  const db = await openTestSources(backend, { loggers: counters });
  await seedDatabases(db.sources, { scale, seed });
  const server = await createServer({ env: 'test' }, db.sources);
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const query = async <T>(text: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> => {
    for (const c of Object.values(counters)) c.reset();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  };
  return {
    db,
    server,
    url,
    counters,
    query,
    data: async <T>(text: string, variables?: Record<string, unknown>) => {
      const body = await query<T>(text, variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
      return body.data as T;
    },
    statements: () => ({
      culture: counters.culture.statements.length,
      hr: counters.hr.statements.length,
      gateway: counters.gateway.statements.length,
    }),
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
