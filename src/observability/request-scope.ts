import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { DebugSqlMode, SourceName } from '../config';
import { asksForSqlTrace, DEBUG_SQL_HEADER, newSqlTrace, type SqlTrace } from './sql-trace';

/**
 * What one HTTP request has done so far, reachable from anywhere below it
 * (the SQL logger, the loaders, Apollo plugins) without threading it
 * through every call: the request id, the caller, the deadline, and the
 * counts that end up in the log line and the metrics.
 */
export interface RequestScope {
  id: string;
  ip: string;
  startedAt: number;
  /** Epoch ms after which no new SQL statement starts and the client gets REQUEST_TIMEOUT (/graphql only; Infinity elsewhere). */
  deadline: number;
  /** `client:<id>` or `ip:<address>`, once the viewer is known. */
  client: string | null;
  operations: string[];
  cost: number;
  sql: Partial<Record<SourceName, number>>;
  loaderBatches: Array<{ loader: string; size: number }>;
  errorCodes: string[];
  timedOut: boolean;
  /** Reads go to the primary, not a replica: set once the request runs a mutation, so it reads what it wrote (sources/replicas.ts). */
  readPrimary: boolean;
  /** The statements run so far, when the request asked for them (X-Debug-SQL) and DEBUG_SQL is not off; null otherwise. */
  sqlTrace: SqlTrace | null;
}

export interface ScopeOptions {
  requestTimeoutMs: number;
  /** DEBUG_SQL; whether the viewer may read the trace is decided once it is known (sql-trace.plugin.ts). */
  debugSql?: DebugSqlMode;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request being served, or undefined outside one (CLI, seeding, tests calling services). */
export function requestScope(): RequestScope | undefined {
  return storage.getStore();
}

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** A caller's X-Request-Id is kept when it is a plain token, so logs line up across services. */
function requestIdOf(req: express.Request): string {
  const given = req.get('x-request-id');
  return given && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}

/**
 * Only GraphQL requests have a deadline: other routes (a CSV export that
 * streams for minutes, the health probes) set their own bounds.
 */
export function newScope(req: express.Request, options: ScopeOptions): RequestScope {
  const startedAt = Date.now();
  const graphql = (req.originalUrl || req.url).split('?')[0] === '/graphql';
  return {
    id: requestIdOf(req),
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    startedAt,
    deadline: graphql ? startedAt + options.requestTimeoutMs : Number.POSITIVE_INFINITY,
    client: null,
    operations: [],
    cost: 0,
    sql: {},
    loaderBatches: [],
    errorCodes: [],
    timedOut: false,
    readPrimary: false,
    sqlTrace: (options.debugSql ?? 'off') !== 'off' && asksForSqlTrace(req.headers[DEBUG_SQL_HEADER]) ? newSqlTrace() : null,
  };
}

/** Express middleware: every request runs inside its own scope and answers with its X-Request-Id. */
export function requestScopeMiddleware(options: ScopeOptions): express.RequestHandler {
  return (req, res, next) => {
    const scope = newScope(req, options);
    res.locals.scope = scope;
    res.setHeader('x-request-id', scope.id);
    runInScope(scope, next);
  };
}

export function countStatement(source: SourceName): void {
  const scope = storage.getStore();
  if (scope) scope.sql[source] = (scope.sql[source] ?? 0) + 1;
}

/** REQUEST_TIMEOUT: the request ran past its deadline; what was still running is abandoned. */
export function requestTimeoutError(scope: Pick<RequestScope, 'deadline' | 'startedAt'>): GraphQLError {
  const ms = scope.deadline - scope.startedAt;
  return new GraphQLError(`The request took longer than its deadline of ${ms} ms and was abandoned; ask for less (smaller pages, fewer nested lists) or try again.`, {
    extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: ms },
  });
}
