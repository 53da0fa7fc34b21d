import type { RequestHandler } from 'express';

/** Request headers a browser page may send: content type, credentials, Apollo's CSRF headers, retries, tracing. */
const ALLOWED_HEADERS = ['Content-Type', 'Accept', 'Authorization', 'X-API-Key', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name', 'Idempotency-Key', 'X-Request-Id'];
/** Response headers its script may read: the request id of an error, the rate-limit budget, the CSV file name. */
const EXPOSED_HEADERS = ['X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Content-Disposition'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for dashboards served from other origins (CORS_ORIGINS). Only a
 * listed origin gets the headers that let its page read answers; everything
 * else is left to Apollo's CSRF prevention exactly as before, which refuses
 * the "simple" requests a foreign page could send without asking. No
 * credentials mode: keys travel in headers, never in cookies.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    // Whether the headers below are sent depends on Origin: caches must keep the answers apart.
    if (allowed.size > 0) res.vary('Origin');
    if (typeof origin !== 'string' || !allowed.has(origin)) {
      if (!preflight) return next();
      res
        .status(403)
        .type('text/plain')
        .send(
          allowed.size === 0
            ? 'Cross-origin requests are off: no origin is listed in CORS_ORIGINS\n'
            : `Origin ${origin ?? '(none)'} is not listed in CORS_ORIGINS\n`,
        );
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (!preflight) {
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
      return next();
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}
