import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ServingConfig } from '../config';
import type { Viewer } from '../shared/auth/viewer';

export type RateDecision =
  | { allowed: true; limit: number; remaining: number; resetMs: number }
  | { allowed: false; limit: number; remaining: 0; resetMs: number; retryAfterSeconds: number };

/** A budget of cost points per client per window; every request is charged what it costs. */
export interface RateLimiter {
  readonly limit: number;
  readonly store: 'memory' | 'redis';
  charge(client: string, points: number): Promise<RateDecision>;
  close(): Promise<void>;
}

/**
 * The key the budget is kept under: the API client once authentication
 * names one, otherwise the caller's IP (behind a proxy, set TRUST_PROXY so
 * that is the client's and not the proxy's).
 */
export function rateLimitKey(viewer: Pick<Viewer, 'clientId'> | undefined, ip: string): string {
  return viewer?.clientId != null ? `client:${viewer.clientId}` : `ip:${ip}`;
}

function decision(limit: number, result: RateLimiterRes, allowed: boolean): RateDecision {
  const resetMs = Math.max(0, result.msBeforeNext);
  if (allowed) return { allowed, limit, remaining: Math.max(0, result.remainingPoints), resetMs };
  return { allowed, limit, remaining: 0, resetMs, retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
}

/**
 * A Redis client for a limiter: it fails fast instead of queueing commands
 * while Redis is away (the limiter then uses its in-memory insurance), and
 * a first connection that fails is reported, not thrown.
 */
export async function connectRedis(url: string, onError?: (error: Error) => void): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', (error: Error) => onError?.(error));
  try {
    await redis.connect();
  } catch (error) {
    onError?.(error as Error);
  }
  return redis;
}

/**
 * In memory by default; with REDIS_URL in Redis, so every copy of the
 * server draws on one budget. If Redis stops answering, each copy falls
 * back to its own in-memory budget (the insurance limiter) rather than
 * refusing or waving everything through.
 */
export async function createRateLimiter(
  settings: ServingConfig['rateLimit'],
  options: { keyPrefix?: string; onRedisError?: (error: Error) => void } = {},
): Promise<RateLimiter | null> {
  if (settings.points <= 0) return null;
  const common = { points: settings.points, duration: settings.windowSeconds, keyPrefix: options.keyPrefix ?? 'shh:rate' };
  const memory = new RateLimiterMemory(common);
  const redis = settings.redisUrl ? await connectRedis(settings.redisUrl, options.onRedisError) : null;
  const limiter = redis ? new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true }) : memory;
  return {
    limit: settings.points,
    store: redis ? 'redis' : 'memory',
    async charge(client, points) {
      try {
        return decision(settings.points, await limiter.consume(client, Math.max(1, Math.ceil(points))), true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decision(settings.points, rejection, false);
        throw rejection;
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
}
