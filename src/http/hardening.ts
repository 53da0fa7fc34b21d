import type http from 'node:http';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { AppConfig, parseServingConfig, ServingConfig } from '../config';
import type { RequestContext } from '../context';
import { mountHealth, mountMetrics } from './health';
import { createLogger, Logger } from '../observability/logger';
import { replicaRouting, replicaStates } from '../sources/replicas';
import { Metrics } from '../observability/metrics';
import { observabilityPlugin } from '../observability/observability.plugin';
import { requestLog } from '../observability/request-log';
import { requestScopeMiddleware } from '../observability/request-scope';
import { sqlTracePlugin } from '../observability/sql-trace.plugin';
import type { Viewer } from '../shared/auth/viewer';
import { poolStats } from '../sources/library-patches';
import type { Sources } from '../sources/sources';
import { cors } from './cors';
import { formatError } from './error-format';
import { limitsPlugin } from './limits/limits.plugin';
import { createPersonRowQuota, PersonRowQuota } from './person-row-quota';
import { personRowQuotaPlugin } from './person-row-quota.plugin';
import { createRateLimiter, RateLimiter } from './rate-limit';
import { createIdProbeBudget, IdProbeBudget } from '../auth/id-probes';
import { graphqlBody, graphqlBodyErrors } from './request-body';
import { loadTrustedDocuments, trustedDocumentsOnly } from './trusted-documents';

/** What tests may swap: where logs go, and the Redis key prefix of the rate limit and export quota (so runs do not share budgets). */
export interface HardeningOptions {
  logger?: Logger;
  rateLimitKeyPrefix?: string;
}

export interface Hardening {
  settings: ServingConfig;
  logger: Logger;
  metrics: Metrics | null;
  rateLimiter: RateLimiter | null;
  /** Daily budget of lookups by ID number that find nothing, per client. */
  idProbes: IdProbeBudget;
  /** EXPORT_PERSON_ROWS_PER_DAY (PERSON_ROWS_PER_DAY): person rows per client and day on /graphql and /export/csv together, kept beside the rate limit (same store); null when off. */
  personRowQuota: PersonRowQuota | null;
  /** Apollo options: introspection, error masking, batching, parser limits and the plugins. */
  apolloOptions: Pick<
    ApolloServerOptions<RequestContext>,
    | 'introspection'
    | 'includeStacktraceInErrorResponses'
    | 'hideSchemaDetailsFromClientErrors'
    | 'allowBatchedHttpRequests'
    | 'parseOptions'
    | 'formatError'
    | 'documentStore'
    | 'stopOnTerminationSignals'
  >;
  plugins: ApolloServerPlugin<RequestContext>[];
  /** Request scope, request log, CORS (/graphql, /export), /healthz, /readyz, /metrics: mount before every other route; `viewerOf` tells /readyz who asks. */
  mountFirst(app: express.Express, httpServer: http.Server, viewerOf?: (req: express.Request) => Promise<Viewer>): void;
  /** Body parsing and limits (and the trusted-document gate) in front of Apollo on /graphql. */
  graphqlGuards: express.RequestHandler[];
  /** GraphQL-shaped answers for bodies that could not be read: mount after /graphql. */
  mountLast(app: express.Express): void;
  /** Marks the server as draining (/readyz answers 503) ahead of stopping. */
  beginShutdown(): void;
  close(): Promise<void>;
}

/** The settings of a partial config: what a test leaves out gets the default of its NODE_ENV. */
export function servingSettings(config: Pick<AppConfig, 'env'> & Partial<ServingConfig>): ServingConfig {
  const defaults = parseServingConfig({}, config.env);
  // A server started inside a test run stays quiet unless the test asks for logs.
  if (process.env.NODE_ENV === 'test') defaults.logLevel = 'silent';
  const given = Object.fromEntries(Object.entries(config).filter(([key, value]) => value !== undefined && key in defaults));
  return { ...defaults, ...given } as ServingConfig;
}

/** Everything that keeps the server standing under hostile queries, failing sources and load. */
export async function createHardening(
  config: Pick<AppConfig, 'env'> & Partial<ServingConfig>,
  sources: Sources,
  options: HardeningOptions = {},
): Promise<Hardening> {
  const settings = servingSettings(config);
  const logger = options.logger ?? createLogger(settings.logLevel);
  const metrics = settings.metrics
    ? new Metrics(
        (source) => (sources[source] ? poolStats(sources[source]) : null),
        (source) => (sources[source] ? { states: replicaStates(sources[source]), routed: replicaRouting(sources[source]) } : null),
      )
    : null;
  const rateLimiter = await createRateLimiter(settings.rateLimit, {
    keyPrefix: options.rateLimitKeyPrefix,
    onRedisError: (error) => logger.warn({ err: error }, 'rate limit store (Redis) unavailable; using the in-memory budget meanwhile'),
  });
  const idProbes = await createIdProbeBudget(settings.idLookupMissesPerDay, settings.rateLimit.redisUrl, options.rateLimitKeyPrefix ? `${options.rateLimitKeyPrefix}:id-probes` : undefined);
  const personRowQuota = await createPersonRowQuota(
    { rowsPerDay: settings.exportPersonRowsPerDay, redisUrl: settings.rateLimit.redisUrl },
    {
      keyPrefix: options.rateLimitKeyPrefix,
      onRedisError: (error) => logger.warn({ err: error }, 'export quota store (Redis) unavailable; counting in memory meanwhile'),
    },
  );
  const trusted = settings.trustedDocuments ? loadTrustedDocuments(settings.trustedDocuments) : null;
  let draining = false;
  return {
    settings,
    logger,
    metrics,
    rateLimiter,
    idProbes,
    personRowQuota,
    apolloOptions: {
      introspection: settings.introspection,
      // A stack names files and lines of the server: for a developer who asks for it, never by default.
      includeStacktraceInErrorResponses: settings.exposeStackTraces,
      hideSchemaDetailsFromClientErrors: config.env === 'production',
      allowBatchedHttpRequests: true,
      parseOptions: { maxTokens: settings.limits.maxDocumentTokens },
      formatError: formatError(config.env, { exposeStackTraces: settings.exposeStackTraces }),
      // The limits plugin keeps the validated documents itself (see validatedDocuments).
      documentStore: null,
      // main.ts owns SIGTERM/SIGINT: drain, close the pools, exit 0.
      stopOnTerminationSignals: false,
    },
    // No cache hints are used; Apollo's default cache-control plugin would wrap every field resolver for nothing.
    plugins: [ApolloServerPluginCacheControlDisabled(), observabilityPlugin(logger), limitsPlugin(settings.limits, rateLimiter), personRowQuotaPlugin(personRowQuota), sqlTracePlugin(settings.debugSql)],
    mountFirst(app, httpServer, viewerOf) {
      app.set('trust proxy', settings.trustProxy);
      app.disable('x-powered-by');
      // Slow senders get as long as a request may take, and no longer.
      httpServer.requestTimeout = settings.requestTimeoutMs + 5000;
      httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);
      // Idle keep-alive connections stay open longer than a load balancer's (commonly 60 s) and a client's pool:
      // with Node's 5 s default, a client that reuses a connection just as the server closes it sees ECONNRESET.
      httpServer.keepAliveTimeout = 65_000;
      app.use(requestScopeMiddleware({ requestTimeoutMs: settings.requestTimeoutMs, debugSql: settings.debugSql }));
      app.use(requestLog(logger, metrics));
      app.use(['/graphql', '/export'], cors(settings.corsOrigins));
      mountHealth(app, { sources, readyTimeoutMs: settings.readyTimeoutMs, draining: () => draining, viewerOf });
      if (metrics) mountMetrics(app, metrics);
    },
    graphqlGuards: [...graphqlBody(settings.limits), ...(trusted ? [trustedDocumentsOnly(trusted)] : [])],
    mountLast(app) {
      app.use('/graphql', graphqlBodyErrors(settings.limits));
    },
    beginShutdown() {
      draining = true;
    },
    async close() {
      await rateLimiter?.close();
      await idProbes.close();
      await personRowQuota?.close();
    },
  };
}
