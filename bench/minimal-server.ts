/**
 * The framework's own cost, for the benchmark to measure the layer against:
 * a small hand-written Apollo Server 5 on express 5 with graphql-jit as its
 * executor, mysql2 and DataLoader, answering the shallow list and the node
 * lookup with the same SQL as the floor (bench/floor.ts) and the same data
 * as the layer. No credentials, limits, audit or metrics: only the stack.
 *
 *   PORT=… FLOOR_CULTURE_URL=mysql://… FLOOR_HR_URL=mysql://… node dist/bench/minimal-server.js
 *
 * Two variants measure what the layer's choices cost (bench modes
 * `minimal-js` and `minimal-http`): MINIMAL_EXECUTOR=graphql-js executes with
 * graphql-js instead of graphql-jit, MINIMAL_HTTP=node serves Apollo from a
 * plain node:http handler (Apollo's executeHTTPGraphQLRequest, as every
 * integration calls it) instead of express 5 and @as-integrations/express5.
 */
import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { expressMiddleware } from '@as-integrations/express5';
import DataLoader from 'dataloader';
import express from 'express';
import { buildSchema, DocumentNode, GraphQLSchema, printSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import mysql from 'mysql2/promise';
import { fromGlobalId, toGlobalId } from '../src/shared/relay/global-id';

const SDL = `
  interface Node { id: ID! }
  type HeritageItem implements Node { id: ID! name: String! level: String! number: String! regionCode: String! }
  type HeritageItemEdge { node: HeritageItem! }
  type HeritageItemConnection { edges: [HeritageItemEdge!]! }
  type Person implements Node { id: ID! name: String! gender: String! birthYear: Int! regionCode: String! }
  type Query { heritageItems(first: Int = 20): HeritageItemConnection node(id: ID!): Node }
`;

function pool(url: string) {
  return mysql.createPool({ uri: url, connectionLimit: 10, charset: 'utf8mb4', timezone: 'Z', dateStrings: ['DATE'], supportBigNumbers: true, bigNumberStrings: true });
}

const pools = { culture: pool(process.env.FLOOR_CULTURE_URL!), hr: pool(process.env.FLOOR_HR_URL!) };
type Row = Record<string, any>;

interface Context {
  persons: DataLoader<number, Row | null>;
}

const schema = buildSchema(SDL);
Object.assign(schema.getQueryType()!.getFields().heritageItems, {
  resolve: async (_: unknown, { first }: { first: number }) => {
    const [rows] = await pools.culture.query('SELECT id, name, level, number, region_code FROM heritage_item ORDER BY id LIMIT ?', [first + 1]);
    return { edges: (rows as Row[]).slice(0, first).map((r) => ({ node: { id: toGlobalId('HeritageItem', r.id), name: r.name, level: r.level, number: r.number, regionCode: r.region_code } })) };
  },
});
Object.assign(schema.getQueryType()!.getFields().node, {
  resolve: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    const decoded = fromGlobalId(id);
    if (decoded.type !== 'Person') return null;
    const row = await ctx.persons.load(decoded.rowId);
    return row && { __typename: 'Person', id: toGlobalId('Person', row.id), name: row.name, gender: row.gender, birthYear: Number(String(row.birth_date).slice(0, 4)), regionCode: row.region_code };
  },
});
Object.assign(schema.getType('Node')!, { resolveType: (value: { __typename: string }) => value.__typename });

/** graphql-jit through Apollo's gateway hook: each document compiled once, then executed. */
function jitGateway(target: GraphQLSchema): GatewayInterface {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const compiled = new WeakMap<DocumentNode, ReturnType<typeof compileQuery<any, any>>>();
  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | null = null;
  return {
    async load() {
      announce?.({ apiSchema: target, coreSupergraphSdl: printSchema(target) });
      return {
        schema: target,
        executor: async (request) => {
          let query = compiled.get(request.document);
          if (!query) compiled.set(request.document, (query = compileQuery<any, any>(target, request.document, request.operationName ?? undefined))); // eslint-disable-line @typescript-eslint/no-explicit-any
          const ready = query;
          if (!isCompiledQuery(ready)) return ready as never;
          return ready.query(undefined, request.context, request.request.variables ?? {}) as never;
        },
      };
    },
    onSchemaLoadOrUpdate: (callback) => {
      announce = callback;
      return () => (announce = null);
    },
    async stop() {},
  };
}

function newContext(): Context {
  return {
    persons: new DataLoader<number, Row | null>(async (ids) => {
      const [rows] = await pools.hr.query(`SELECT id, name, gender, birth_date, region_code FROM person WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
      const byId = new Map((rows as Row[]).map((r) => [Number(r.id), r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

/** Express 5 with Apollo's express integration, as the layer serves. */
function expressHandler(apollo: ApolloServer<Context>): http.RequestListener {
  const app = express();
  app.get('/ready', (_req, res) => void res.send('ok'));
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => newContext() }));
  return app;
}

/** Apollo on node:http alone: read the body, hand it to Apollo, write what it answers. */
function nodeHandler(apollo: ApolloServer<Context>): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/ready') return void res.end('ok');
    if (url.pathname !== '/graphql') return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        const text = Buffer.concat(chunks).toString('utf8');
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: url.search, body: text ? JSON.parse(text) : undefined },
          context: async () => newContext(),
        });
        for (const [name, value] of response.headers) res.setHeader(name, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === 'complete') return void res.end(response.body.string);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      } catch (error) {
        res.writeHead(400).end(String(error));
      }
    });
  };
}

async function main() {
  const jit = (process.env.MINIMAL_EXECUTOR ?? 'jit') === 'jit';
  const apollo = new ApolloServer<Context>(jit ? { gateway: jitGateway(schema), csrfPrevention: true } : { schema, csrfPrevention: true });
  await apollo.start();
  const server = http.createServer(process.env.MINIMAL_HTTP === 'node' ? nodeHandler(apollo) : expressHandler(apollo));
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stderr.write(`minimal server on http://127.0.0.1:${(server.address() as { port: number }).port}\n`);
  });
  process.on('SIGTERM', () => {
    server.close();
    void Promise.allSettled([apollo.stop(), pools.culture.end(), pools.hr.end()]).then(() => process.exit(0));
  });
}

void main();
