import type { DocumentTypeDecoration, ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { SignJWT } from 'jose';
import { Backend, openTestSources, TestSources } from './backends';
import { SqlCounter } from './sql-counter';
import { createServer, Server, ServerConfig } from '../../src/server';
import { seedDatabases } from '../../src/seed/seed';
import { AuthConfig, SourceName } from '../../src/config';
import { ApiRole } from '../../src/sources/gateway/api-client.entity';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: Array<string | number> }>;
}

/** The HS256 secret the test server accepts bearer tokens under. */
export const TEST_JWT_SECRET = 'test-secret-for-bearer-tokens-0123456789abcdef';
/**
 * The test server's token settings. The revoked-token list is reloaded once an hour rather than every 5 s, so
 * its background statement never lands inside a test that counts statements; revocation tests reload it on purpose.
 */
export const TEST_AUTH: AuthConfig = {
  jwtSecret: new TextEncoder().encode(TEST_JWT_SECRET),
  jwtPublicKey: null,
  jwtIssuer: null,
  jwtAudience: null,
  jwtRevocationRefreshSeconds: 3600,
};

export interface ViewerSpec {
  region?: string;
  scopes?: string[];
  subject?: string;
}

/** A signed bearer token for the test server: `sub`, `role`, `region`, `scope`, an hour's `exp`. */
export async function testToken(role: ApiRole, { region, scopes = [], subject = `test-${role.toLowerCase()}` }: ViewerSpec = {}): Promise<string> {
  const claims: Record<string, unknown> = { role, scope: scopes.join(' ') };
  if (region) claims.region = region;
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime('1h').sign(TEST_AUTH.jwtSecret!);
}

/** An operation typed from the committed SDL: `graphql(`…`)` from test/graphql (see scripts/codegen-tests.js). */
export type TypedOperation<R, V> = DocumentTypeDecoration<R, V>;

/**
 * A typed operation's result when `data()` returned it: a root connection is
 * null only when its resolver failed, which `data()` turns into a failed test.
 */
export type Data<D> = Present<ResultOf<D>>;
/** A typed operation's variables. */
export type Variables<D> = VariablesOf<D>;
type Present<R> = { [K in keyof R]: NonNullable<R[K]> extends { edges: unknown } | { totalCount: unknown } ? NonNullable<R[K]> : R[K] };

/** Calls the API as one viewer. */
export interface ApiCaller {
  /** POSTs a query as a client would and returns the parsed body; variables are not checked, so a test can send wrong ones. */
  query<R, V>(operation: TypedOperation<R, V>, variables?: Record<string, unknown>): Promise<GraphqlResponse<R>>;
  query<T = Record<string, any>>(query: string | TypedOperation<unknown, never>, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** Same, but fails the test on any GraphQL error. */
  data<R, V>(operation: TypedOperation<R, V>, variables?: V): Promise<Present<R>>;
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** The text to send: a typed operation is a String holding its document. */
function textOf(operation: string | TypedOperation<unknown, never>): string {
  if (typeof operation === 'string' || operation instanceof String) return String(operation);
  throw new Error('graphql() does not know this operation: run `npm run codegen` after editing an operation in a test');
}

export interface ApiHarness extends ApiCaller {
  db: TestSources;
  server: Server;
  url: string;
  counters: Record<SourceName, SqlCounter>;
  /** SQL statements per source run by the last call (of any viewer). */
  statements(): Record<SourceName, number>;
  /**
   * The same API as another viewer (a bearer token with these claims);
   * `query`/`data` on the harness itself call as ADMIN with pii:read.
   * `as('PUBLIC')` sends no credentials.
   */
  as(role: ApiRole, spec?: ViewerSpec): ApiCaller;
  /** A POST with exactly these headers (content-type added), for credential tests: HTTP status and body. */
  post(query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphqlResponse }>;
  close(): Promise<void>;
}

/**
 * Fresh databases on the backend, seeded at `scale` (0: left empty, for a
 * test that builds its own rows), with the real server listening on a free port.
 */
export async function startApi(backend: Backend, scale = 0.1, seed = 11, config: Partial<ServerConfig> = {}): Promise<ApiHarness> {
  const counters = { culture: new SqlCounter(), hr: new SqlCounter(), gateway: new SqlCounter() };
  const db = await openTestSources(backend, { loggers: counters });
  if (scale > 0) await seedDatabases(db.sources, { scale, seed });
  const server = await createServer({ env: 'test', auth: TEST_AUTH, ...config }, db.sources);
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = async (text: string, headers: Record<string, string>, variables?: Record<string, unknown>) => {
    for (const c of Object.values(counters)) c.reset();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphqlResponse };
  };
  const caller = (headers: () => Promise<Record<string, string>>): ApiCaller => {
    const query = async (operation: string | TypedOperation<unknown, never>, variables?: object) =>
      (await post(textOf(operation), await headers(), variables as Record<string, unknown>)).body;
    return {
      query,
      data: async (operation: string | TypedOperation<unknown, never>, variables?: object) => {
        const body = await query(operation, variables);
        if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
        return body.data;
      },
    } as ApiCaller;
  };
  const bearer = (role: ApiRole, spec?: ViewerSpec) => {
    let token: Promise<string> | undefined;
    return async (): Promise<Record<string, string>> => (role === 'PUBLIC' ? {} : { authorization: `Bearer ${await (token ??= testToken(role, spec))}` });
  };
  const admin = caller(bearer('ADMIN', { scopes: ['pii:read'], subject: 'test-harness' }));
  return {
    db,
    server,
    url,
    counters,
    ...admin,
    as: (role, spec) => caller(bearer(role, spec)),
    post,
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

/** A viewer who sees every row, masked: for loader tests that build a context by hand. */
export const TEST_ADMIN_VIEWER = Object.freeze({ clientId: null, name: 'test-admin', role: 'ADMIN' as const, scopes: new Set<string>(), regionCode: null });
