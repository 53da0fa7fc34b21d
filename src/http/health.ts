import type express from 'express';
import { GraphQLError } from 'graphql';
import { SOURCE_NAMES } from '../config';
import type { Viewer } from '../shared/auth/viewer';
import { isForeignSource } from '../sources/foreign-source';
import { probeSource } from '../sources/source-guard';
import { replicaStates } from '../sources/replicas';
import type { Sources } from '../sources/sources';
import type { Metrics } from '../observability/metrics';

export interface HealthOptions {
  sources: Sources;
  /** How long each source has to answer SELECT 1. */
  readyTimeoutMs: number;
  /** True once SIGTERM arrived: load balancers should stop sending requests. */
  draining: () => boolean;
  /** Who asks (from the request's credentials); only an ADMIN is told why a source fails, which names hosts and ports. */
  viewerOf?: (req: express.Request) => Promise<Viewer>;
}

/**
 * Whether the caller may read the failure details. A credential that does
 * not check out is refused (never read as anonymous); one that cannot be
 * checked because the gateway is down reads as not an administrator.
 */
async function adminAsks(req: express.Request, options: HealthOptions): Promise<boolean | GraphQLError> {
  if (!options.viewerOf || (req.headers.authorization === undefined && req.headers['x-api-key'] === undefined)) return false;
  try {
    return (await options.viewerOf(req)).role === 'ADMIN';
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') return error;
    return false;
  }
}

/**
 * /healthz: the process is alive (no database involved, so a slow source
 * never gets a healthy process restarted). /readyz: every source answers
 * `SELECT 1` within READY_TIMEOUT_MS; otherwise 503 naming each failing
 * source, and 503 while shutting down. Why a source fails (a driver message
 * such as `connect ECONNREFUSED 10.0.3.7:3306`) maps the network behind the
 * server, so only an ADMIN gets it; everyone else reads `unavailable`.
 * An ADMIN also sees each read replica's state (sources/replicas.ts). A
 * subgraph (`serve --subgraph`) is ready when its own sources answer.
 */
export function mountHealth(app: express.Express, options: HealthOptions): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    const admin = await adminAsks(req, options);
    if (admin instanceof GraphQLError) {
      res.status(401).set('Cache-Control', 'no-store').set('WWW-Authenticate', 'Bearer, ApiKey').json({ status: 'unauthenticated', error: admin.message });
      return;
    }
    // A subgraph holds its own bureau's database and the gateway database, never the other bureau's: that one is not probed.
    const own = SOURCE_NAMES.filter((source) => !isForeignSource(options.sources[source]));
    const results = await Promise.all(own.map(async (source) => [source, await probeSource(options.sources[source], options.readyTimeoutMs)] as const));
    const failing = results.filter(([, problem]) => problem !== null);
    const sources = Object.fromEntries(results.map(([source, problem]) => [source, problem === null ? 'ok' : admin ? problem : 'unavailable']));
    const draining = options.draining();
    const ready = failing.length === 0 && !draining;
    // Replicas do not decide readiness (reads fall back to the primary); an ADMIN sees which are in use and why others are skipped.
    const replicas = Object.fromEntries(
      SOURCE_NAMES.map((source) => [source, replicaStates(options.sources[source]).map(({ address, health, lagSeconds, reason }) => ({ address, health, lagSeconds, reason }))] as const).filter(([, states]) => states.length > 0),
    );
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: ready ? 'ready' : 'unavailable',
        ...(draining ? { reason: 'shutting down' } : failing.length ? { reason: `source ${failing.map(([s]) => s).join(', ')} not answering` } : {}),
        sources,
        ...(admin && Object.keys(replicas).length > 0 ? { replicas } : {}),
      });
  });
}

/** Prometheus text exposition of the server's registry. */
export function mountMetrics(app: express.Express, metrics: Metrics): void {
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.exposition();
    res.set('Cache-Control', 'no-store').type(contentType).send(body);
  });
}
