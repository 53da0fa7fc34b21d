import { types } from 'node:util';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SourceName } from '../config';
import { requestScope, requestTimeoutError } from '../observability/request-scope';
import { dropRunnerConnection, Query, wrapQueryRunners } from './library-patches';

/** Why a source could not answer: refused or lost connections, too slow, or its pool is full. */
export type SourceFailure = 'unreachable' | 'timeout' | 'busy';

const SOURCE_LABELS: Record<SourceName, string> = { culture: 'culture (文旅)', hr: 'HR (人社)', gateway: 'gateway' };

const FAILURE_TEXT: Record<SourceFailure, string> = {
  unreachable: 'cannot be reached',
  timeout: 'did not answer in time',
  busy: 'has no free connection',
};

/** The error clients see: it names the source, so a partial answer says which agency's data is missing. */
export function sourceUnavailable(source: SourceName, reason: SourceFailure, cause?: unknown): GraphQLError {
  return new GraphQLError(`The ${SOURCE_LABELS[source]} source ${FAILURE_TEXT[reason]}; fields that need it are null. Try again shortly.`, {
    // Socket errors are made by Node's own realm, where `instanceof Error` of another realm (a test sandbox) fails.
    originalError: cause instanceof Error || types.isNativeError(cause) ? (cause as Error) : undefined,
    extensions: { code: 'SOURCE_UNAVAILABLE', source, reason },
  });
}

/** Error codes of mysql2, MariaDB, MySQL and SQLite that mean "the source", not "this statement". */
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ETIMEDOUT']);
const LOST_CONNECTION = new Set(['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'ER_SERVER_SHUTDOWN', 'ER_CONNECTION_KILLED', 'ER_QUERY_INTERRUPTED']);
const TIMEOUTS = new Set(['PROTOCOL_SEQUENCE_TIMEOUT', 'ER_STATEMENT_TIMEOUT', 'ER_QUERY_TIMEOUT']);
const BUSY = new Set(['ACQUIRE_TIMEOUT', 'ER_CON_COUNT_ERROR', 'ER_TOO_MANY_USER_CONNECTIONS', 'SQLITE_BUSY', 'SQLITE_LOCKED']);
/** MariaDB 1969 (max_statement_time exceeded) and MySQL 3024 (max_execution_time exceeded). */
const TIMEOUT_ERRNOS = new Set([1969, 3024]);

interface DriverErrorLike {
  code?: string;
  errno?: number;
  message?: string;
  fatal?: boolean;
}

function driverErrorOf(error: unknown): DriverErrorLike {
  const e = error as { driverError?: DriverErrorLike } & DriverErrorLike;
  return e?.driverError ?? e ?? {};
}

/** Classifies a failure of a statement; null when it is the statement's own fault (bad SQL, a constraint). */
export function classifyFailure(error: unknown): { reason: SourceFailure; connect: boolean; lost: boolean } | null {
  const e = driverErrorOf(error);
  const code = e.code ?? '';
  if (CONNECT_FAILURES.has(code)) return { reason: 'unreachable', connect: true, lost: false };
  if (LOST_CONNECTION.has(code)) return { reason: 'unreachable', connect: false, lost: true };
  if (TIMEOUTS.has(code) || (e.errno !== undefined && TIMEOUT_ERRNOS.has(e.errno))) return { reason: 'timeout', connect: false, lost: false };
  if (BUSY.has(code) || e.message === 'Queue limit reached.') return { reason: 'busy', connect: false, lost: false };
  if (e.message === 'Pool is closed.' || /closed state/.test(e.message ?? '')) return { reason: 'unreachable', connect: false, lost: true };
  return null;
}

interface GuardState {
  source: SourceName;
  /** Fail fast until then: the source refused a new connection a moment ago. */
  downUntil: number;
  retryAfterMs: number;
}

const guards = new WeakMap<DataSource, GuardState>();

/** A read, also when MariaDB runs it with its own settings (`SET STATEMENT … FOR SELECT …`). */
const READ_ONLY = /^\s*(SET STATEMENT\b[^]*?\bFOR\s+)?(SELECT|WITH|SHOW)\b/i;

/**
 * Puts every statement of a source through one gate: statements of a
 * request past its deadline do not start; a source that just refused a
 * connection fails fast for `retryAfterMs` instead of making every
 * request wait for its own connect timeout; a read that lost its pooled
 * connection (the server restarted, the connection was killed) is retried
 * once on a fresh one; and failures that are the source's, not the
 * statement's, become SOURCE_UNAVAILABLE naming the source.
 */
export function guardSource(dataSource: DataSource, source: SourceName, options: { retryAfterMs?: number } = {}): void {
  if (guards.has(dataSource)) return;
  const state: GuardState = { source, downUntil: 0, retryAfterMs: options.retryAfterMs ?? 1000 };
  guards.set(dataSource, state);
  wrapQueryRunners(dataSource, (query, runner) =>
    (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      const scope = requestScope();
      if (scope && Date.now() > scope.deadline) throw requestTimeoutError(scope);
      if (Date.now() < state.downUntil) throw sourceUnavailable(source, 'unreachable');
      try {
        return await query(sql, parameters, structured as true);
      } catch (error) {
        const failure = classifyFailure(error);
        if (!failure) throw error;
        // A connection that timed out on our side may still be waiting for the server: never hand it out again.
        if (driverErrorOf(error).code === 'PROTOCOL_SEQUENCE_TIMEOUT') dropRunnerConnection(runner, { forget: false });
        if (failure.lost && READ_ONLY.test(sql) && !runner.isTransactionActive) {
          // Its next statement takes a fresh connection from the pool.
          dropRunnerConnection(runner, { forget: true });
          try {
            return await query(sql, parameters, structured as true);
          } catch (retryError) {
            const again = classifyFailure(retryError);
            if (!again) throw retryError;
            if (again.connect) state.downUntil = Date.now() + state.retryAfterMs;
            throw sourceUnavailable(source, again.reason, retryError);
          }
        }
        if (failure.connect) state.downUntil = Date.now() + state.retryAfterMs;
        throw sourceUnavailable(source, failure.reason, error);
      }
    }) as Query,
  );
}

/**
 * `SELECT 1` within `timeoutMs`, past the fail-fast gate (readiness must
 * see a recovery as soon as it happens); null when the source answers,
 * otherwise why not.
 */
export async function probeSource(dataSource: DataSource, timeoutMs: number): Promise<string | null> {
  const state = guards.get(dataSource);
  let timer: NodeJS.Timeout | undefined;
  try {
    if (!dataSource.isInitialized) return 'not connected';
    const runner = dataSource.createQueryRunner();
    const saved = state?.downUntil ?? 0;
    if (state) state.downUntil = 0;
    const answered = (async () => {
      try {
        await runner.query('SELECT 1');
      } finally {
        await runner.release();
      }
    })();
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    answered.catch(() => undefined);
    try {
      if ((await Promise.race([answered, timedOut])) === 'timeout') {
        if (state) state.downUntil = Math.max(state.downUntil, saved);
        return `no answer within ${timeoutMs} ms`;
      }
    } catch (error) {
      const cause = error instanceof GraphQLError ? error.originalError : error;
      const reason = error instanceof GraphQLError ? `${String(error.extensions.reason ?? 'failed')}: ` : '';
      return `${reason}${(cause as Error | undefined)?.message ?? (error as Error).message}`;
    }
    return null;
  } finally {
    clearTimeout(timer);
  }
}
