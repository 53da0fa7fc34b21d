import { GraphQLError } from 'graphql';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../shared/auth/viewer';
import { canUnmaskPii } from './permissions';

/**
 * A lookup by full ID number answers a question a masked reader cannot
 * otherwise ask: "is this the number?". Guessing the hidden digits of one
 * masked number takes about 91,000 tries on average, so the tries are what
 * must stay scarce. Each lookup that finds nothing (a "miss": a filter, a
 * filing naming a person, a registration colliding with a person the caller
 * may not see) and, for a caller without pii:read, each registration whose
 * outcome turned on whether the number is on file, spends one unit of the
 * caller's daily budget; once it is spent, every lookup by ID number is
 * refused, hits included, for the rest of the window, since a hit against a
 * refused miss would still answer.
 *
 * A unit is taken before the lookup runs and given back when its answer
 * told nothing, so concurrent requests cannot all pass a check made before
 * any of them was counted.
 */
export interface IdProbeBudget {
  readonly limit: number;
  /** Takes one unit ahead of a lookup that could tell this viewer something; refuses (ID_LOOKUP_LIMIT) when none is left. */
  take(viewer: Viewer): Promise<void>;
  /** Returns a unit taken for a lookup whose answer told nothing (a hit, a refusal for other reasons). */
  giveBack(viewer: Viewer): Promise<void>;
  close(): Promise<void>;
}

/**
 * Whether a lookup by full ID number can confirm a guess for this viewer:
 * one without pii:read sees masked numbers and could test candidates. A
 * viewer with pii:read reads the numbers of everyone it may see anyway, and
 * outside its region a miss and a stranger look the same.
 */
export function lookupsConfirmGuesses(viewer: Viewer): boolean {
  return !canUnmaskPii(viewer);
}

function keyOf(viewer: Viewer): string {
  return viewer.clientId != null ? `client:${viewer.clientId}` : `subject:${viewer.name ?? 'anonymous'}`;
}

export function idLookupLimitError(limit: number, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `This client has spent its ${limit} lookups by ID number of 24 hours (lookups that found nothing and, without pii:read, registrations); lookups and registrations by ID number are refused for ${retryAfterSeconds} s (ID_LOOKUP_MISSES_PER_DAY)`,
    { extensions: { code: 'ID_LOOKUP_LIMIT', limit, retryAfterSeconds } },
  );
}

/**
 * A page looked up by full ID number (a filter): refused once the caller's
 * budget is spent, and spending one unit when it comes back empty.
 */
export async function probedPage<P extends { edges: unknown[] }>(
  ctx: { viewer: Viewer; idProbes: IdProbeBudget },
  idNumber: string | null | undefined,
  page: () => Promise<P>,
): Promise<P> {
  if (idNumber == null || !lookupsConfirmGuesses(ctx.viewer)) return page();
  await ctx.idProbes.take(ctx.viewer);
  let missed = false;
  try {
    const result = await page();
    missed = result.edges.length === 0;
    return result;
  } finally {
    if (!missed) await ctx.idProbes.giveBack(ctx.viewer);
  }
}

/** No budget: for tests, the CLI and ID_LOOKUP_MISSES_PER_DAY=0. */
export const UNLIMITED_ID_PROBES: IdProbeBudget = Object.freeze({
  limit: 0,
  take: async () => undefined,
  giveBack: async () => undefined,
  close: async () => undefined,
});

const DAY_SECONDS = 86_400;

/** In memory, or in Redis (shared by every copy of the server) when REDIS_URL is set; Redis failing falls back to memory. */
export async function createIdProbeBudget(limit: number, redisUrl: string | null, keyPrefix = 'shh:id-probes'): Promise<IdProbeBudget> {
  if (limit <= 0) return UNLIMITED_ID_PROBES;
  const common = { points: limit, duration: DAY_SECONDS, keyPrefix };
  const memory = new RateLimiterMemory(common);
  let redis: Redis | null = null;
  let limiter: RateLimiterMemory | RateLimiterRedis = memory;
  if (redisUrl) {
    redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    redis.on('error', () => undefined);
    await redis.connect().catch(() => undefined);
    limiter = new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true });
  }
  const retryAfter = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? DAY_SECONDS * 1000) / 1000));
  return {
    limit,
    async take(viewer) {
      try {
        await limiter.consume(keyOf(viewer), 1);
      } catch (rejection) {
        // A store that fails (Redis down, past its insurance) answers nothing: the lookup goes ahead uncounted, as the rate limit does.
        if (rejection instanceof RateLimiterRes) throw idLookupLimitError(limit, retryAfter(rejection));
      }
    },
    async giveBack(viewer) {
      await limiter.reward(keyOf(viewer), 1).catch(() => undefined);
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
}
