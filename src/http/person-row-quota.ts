import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../shared/auth/viewer';
import { chinaDate, chinaDayEnd } from '../shared/time/china-day';
import { connectRedis } from './rate-limit';

export interface QuotaGrant {
  /** Rows of the request that may be sent (0 to the rows asked for). */
  granted: number;
  limit: number;
  /** Left for the rest of the day after this grant. */
  remaining: number;
  resetsAt: Date;
  retryAfterSeconds: number;
}

/** A daily allowance of person rows per client, spent by CSV exports. */
export interface PersonRowQuota {
  readonly limit: number;
  readonly store: 'memory' | 'redis';
  /** What is left today, without spending anything. */
  peek(client: string): Promise<QuotaGrant>;
  /** Spends up to `rows`; the grant says how many of them may leave. */
  take(client: string, rows: number): Promise<QuotaGrant>;
  close(): Promise<void>;
}

/**
 * The key a client's quota is kept under: the API client, else the JWT
 * subject (a token's holder, wherever it calls from), else the IP. Not the
 * rate-limit key: that one falls back to the IP for every JWT caller.
 */
export function quotaKey(viewer: Pick<Viewer, 'clientId' | 'name'>, ip: string): string {
  if (viewer.clientId != null) return `client:${viewer.clientId}`;
  return viewer.name ? `subject:${viewer.name}` : `ip:${ip}`;
}

/**
 * Counters per client and CST day, in memory or (with REDIS_URL) in Redis so
 * every copy of the server spends one quota; the day is part of the key, and
 * the counter expires when its day is over. Redis away: each copy counts in
 * memory meanwhile, as the rate limit does. Null when the quota is off (0).
 */
export async function createPersonRowQuota(
  settings: { rowsPerDay: number; redisUrl: string | null },
  options: { keyPrefix?: string; onRedisError?: (error: Error) => void; now?: () => Date } = {},
): Promise<PersonRowQuota | null> {
  if (settings.rowsPerDay <= 0) return null;
  const limit = settings.rowsPerDay;
  const now = options.now ?? (() => new Date());
  const common = { points: limit, duration: 24 * 3600, keyPrefix: `${options.keyPrefix ?? 'shh:rate'}:export-person-rows` };
  const memory = new RateLimiterMemory(common);
  let redis: Redis | null = null;
  let limiter: RateLimiterMemory | RateLimiterRedis = memory;
  if (settings.redisUrl) {
    redis = await connectRedis(settings.redisUrl, options.onRedisError);
    limiter = new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true });
  }
  const grant = (consumed: number, asked: number, at: Date): QuotaGrant => {
    const resetsAt = chinaDayEnd(at);
    const before = consumed - asked;
    return {
      granted: Math.max(0, Math.min(asked, limit - before)),
      limit,
      remaining: Math.max(0, limit - consumed),
      resetsAt,
      retryAfterSeconds: Math.max(1, Math.ceil((resetsAt.getTime() - at.getTime()) / 1000)),
    };
  };
  const peek = async (client: string) => {
    const at = now();
    const res = await limiter.get(`${chinaDate(at)}:${client}`);
    return grant(res?.consumedPoints ?? 0, 0, at);
  };
  return {
    limit,
    store: redis ? 'redis' : 'memory',
    peek,
    async take(client, rows) {
      const at = now();
      if (rows <= 0) return peek(client);
      // The counter is incremented atomically and may pass the limit: each caller's grant is what was
      // left before its own increment, so two exports racing for the last rows cannot both get them.
      let res: RateLimiterRes;
      try {
        res = await limiter.consume(`${chinaDate(at)}:${client}`, rows, { customDuration: Math.ceil((chinaDayEnd(at).getTime() - at.getTime()) / 1000) + 60 });
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        res = rejection;
      }
      return grant(res.consumedPoints, rows, at);
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
}
