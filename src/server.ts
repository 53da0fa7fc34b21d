import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { AppConfig, dashboardEnabledByDefault, ideEnabledByDefault } from './config';
import type { Viewer } from './shared/auth/viewer';
import { createHardening, HardeningOptions } from './http/hardening';
import { expressMiddleware } from './http/graphql-handler';
import type { Logger } from './observability/logger';
import { AuditTrail, startAuditTrail } from './auth/audit-trail';
import { auditPlugin } from './auth/audit.plugin';
import { authenticate } from './auth/authenticate';
import { RevokedTokens } from './auth/revoked-tokens';
import { keyRevocations, VerifiedKeys } from './auth/verified-keys';
import { contextFromRequest, RequestContext } from './context';
import { exportRouter } from './export';
import { mountDashboard } from './ide/dashboard.routes';
import { mountIde } from './ide/ide.routes';
import { graphqlSchema } from './schema';
import { subgraphSchema } from './federation/subgraph-schema';
import type { SubgraphName } from './federation/subgraph-plan';
import { regionDirectory } from './shared/regions';
import { Sources } from './sources/sources';

export interface Server {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  logger: Logger;
  /** Revoked bearer token ids, in memory; `refresh()` reloads them now instead of at the next interval. */
  revokedTokens: RevokedTokens;
  /** Listens on the port (0 for any free one) and returns the port. */
  listen(port: number): Promise<number>;
  /** Stops taking requests, lets those in flight finish (up to SHUTDOWN_GRACE_MS), anchors the audit log's head, then releases what the server holds; sources stay open. */
  stop(): Promise<void>;
}

/** NODE_ENV plus whatever else of the configuration a caller (a test) wants to set; the rest takes its default. */
export type ServerConfig = Pick<AppConfig, 'env'> & Partial<Omit<AppConfig, 'env'>>;

/** What tests and startServer may pass besides the hardening options. */
export interface ServerOptions extends HardeningOptions {
  /** The audit log's signing key and checkpoint stores (startServer resolves them from the configuration). */
  audit?: AuditTrail;
  /** The Redis prefix of the revocation list, so test runs do not share it. */
  revocationKeyPrefix?: string;
  /** Serve one bureau's Federation 2 subgraph (src/federation) instead of the whole schema; no IDE or dashboard. */
  subgraph?: SubgraphName;
}

/** Schema + Apollo + express over open sources; tests reuse it with their own databases. */
export async function createServer(config: ServerConfig, sources: Sources, options: ServerOptions = {}): Promise<Server> {
  const app = express();
  const httpServer = http.createServer(app);
  const hardening = await createHardening(config, sources, options);
  const audit = startAuditTrail(sources.gateway, options.audit, { env: config.env, logger: hardening.logger });
  const revokedTokens = await RevokedTokens.start(
    sources.gateway,
    {
      clockSkewSeconds: config.auth?.jwtClockSkewSeconds,
      refreshSeconds: config.auth?.jwtRevocationRefreshSeconds,
      redisUrl: hardening.settings.rateLimit.redisUrl,
      redisKeyPrefix: options.revocationKeyPrefix,
    },
    (error) => hardening.logger.warn({ err: error }, 'revoked token list: reload or Redis failed; keeping the list known so far'),
  );
  const refuseKey = (keyPrefix: string) => revokedTokens.revokeKey(keyPrefix);
  keyRevocations.on('revoked', refuseKey);
  const cacheSeconds = hardening.settings.credentialCacheSeconds;
  const verifiedKeys = cacheSeconds > 0 ? new VerifiedKeys(cacheSeconds) : null;
  // Authenticated once per request: the rate limiter and the context ask for the same viewer.
  const viewers = new WeakMap<object, Promise<Viewer>>();
  const viewerOf = (req: Pick<express.Request, 'headers'>): Promise<Viewer> => {
    let viewer = viewers.get(req);
    if (!viewer) viewers.set(req, (viewer = authenticate(req.headers, sources.gateway, regionDirectory(), config.auth, revokedTokens, verifiedKeys)));
    return viewer;
  };
  const subgraph = options.subgraph;
  const schemaOf = subgraph ? () => subgraphSchema(subgraph) : graphqlSchema;
  const apollo = new ApolloServer<RequestContext>({
    schema: await schemaOf(),
    csrfPrevention: true,
    ...hardening.apolloOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: hardening.settings.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // A subgraph sends no Apollo inline traces (ftv1) to the gateway: they would carry field timings of another bureau's data.
      ...(subgraph ? [ApolloServerPluginInlineTraceDisabled()] : []),
      ...hardening.plugins,
      auditPlugin(),
    ],
  });
  await apollo.start();

  hardening.mountFirst(app, httpServer, viewerOf);
  mountIde(app, { enabled: !subgraph && (config.ide ?? ideEnabledByDefault(config.env)), debugSql: hardening.settings.debugSql });
  mountDashboard(app, { enabled: !subgraph && (config.dashboard ?? dashboardEnabledByDefault(config.env)) });
  const contextOptions = { statisticsMinCell: hardening.settings.statisticsMinCell, statisticsSource: hardening.settings.statisticsSource, idProbes: hardening.idProbes, revoked: revokedTokens, batchLoading: hardening.settings.batchLoading, viewerOf };
  app.use('/graphql', ...hardening.graphqlGuards, expressMiddleware(apollo, { context: ({ req }) => contextFromRequest(req, sources, config.auth, contextOptions) }));
  app.use(
    '/export',
    exportRouter({
      schema: schemaOf,
      context: (req) => contextFromRequest(req, sources, config.auth, contextOptions),
      limits: hardening.settings.limits,
      rateLimiter: hardening.rateLimiter,
      personRowQuota: hardening.personRowQuota,
      logger: hardening.logger,
    }),
  );

  hardening.mountLast(app);

  return {
    app,
    httpServer,
    apollo,
    logger: hardening.logger,
    revokedTokens,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      hardening.beginShutdown();
      await apollo.stop();
      // After the last request has written its events: the final checkpoint covers them.
      await audit.stop();
      keyRevocations.off('revoked', refuseKey);
      await revokedTokens.close();
      await hardening.close();
    },
  };
}
