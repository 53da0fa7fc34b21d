import type express from 'express';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import type { RequestScope } from './request-scope';

/** Probes and scrapes are logged at debug level only: they arrive every few seconds. */
const QUIET = /^\/(healthz|readyz|metrics)\b/;

/**
 * One log line per request when its response ends (or the client goes
 * away): request id, client, operations, status, duration, SQL statements
 * per source, cost and error codes; /graphql requests also feed the metrics.
 */
export function requestLog(logger: Logger, metrics: Metrics | null): express.RequestHandler {
  return (req, res, next) => {
    let done = false;
    const counted = metrics !== null && req.originalUrl.split('?')[0] === '/graphql';
    if (counted) metrics.inFlight.inc();
    const finish = (aborted: boolean) => {
      if (done) return;
      done = true;
      if (counted) metrics.inFlight.dec();
      const scope = res.locals.scope as RequestScope | undefined;
      if (!scope) return;
      const seconds = (Date.now() - scope.startedAt) / 1000;
      // req.path is relative to the router that answered; the original URL is not.
      const path = (req.originalUrl || req.url).split('?')[0];
      const graphql = path === '/graphql' && req.method !== 'OPTIONS' && !res.getHeader('content-type')?.toString().startsWith('text/html');
      if (graphql) metrics?.observeRequest(scope, seconds, aborted);
      const line = {
        requestId: scope.id,
        method: req.method,
        path,
        status: aborted ? null : res.statusCode,
        aborted: aborted || undefined,
        durationMs: Math.round(seconds * 1000),
        client: scope.client ?? `ip:${scope.ip}`,
        ...(graphql
          ? { operations: scope.operations, cost: scope.cost, sql: scope.sql, errors: scope.errorCodes.length ? [...new Set(scope.errorCodes)] : undefined }
          : {}),
        timedOut: scope.timedOut || undefined,
      };
      if (QUIET.test(path)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    };
    res.once('finish', () => finish(false));
    res.once('close', () => finish(!res.writableFinished));
    next();
  };
}
