import type express from 'express';
import { SOURCE_NAMES } from '../config';
import { probeSource } from '../sources/source-guard';
import type { Sources } from '../sources/sources';
import type { Metrics } from './metrics';

export interface HealthOptions {
  sources: Sources;
  /** How long each source has to answer SELECT 1. */
  readyTimeoutMs: number;
  /** True once SIGTERM arrived: load balancers should stop sending requests. */
  draining: () => boolean;
}

/**
 * /healthz: the process is alive (no database involved, so a slow source
 * never gets a healthy process restarted). /readyz: every source answers
 * `SELECT 1` within READY_TIMEOUT_MS; otherwise 503 naming each failing
 * source, and 503 while shutting down.
 */
export function mountHealth(app: express.Express, options: HealthOptions): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const results = await Promise.all(SOURCE_NAMES.map(async (source) => [source, await probeSource(options.sources[source], options.readyTimeoutMs)] as const));
    const failing = results.filter(([, problem]) => problem !== null);
    const sources = Object.fromEntries(results.map(([source, problem]) => [source, problem === null ? 'ok' : problem]));
    const draining = options.draining();
    const ready = failing.length === 0 && !draining;
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: ready ? 'ready' : 'unavailable',
        ...(draining ? { reason: 'shutting down' } : failing.length ? { reason: `source ${failing.map(([s]) => s).join(', ')} not answering` } : {}),
        sources,
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
