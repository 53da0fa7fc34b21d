import Redis from 'ioredis';
import { DataSource, IsNull, LessThan, MoreThanOrEqual } from 'typeorm';
import { JWT_DEFAULTS } from '../config';
import { RevokedTokenEntity } from '../sources/gateway/revoked-token.entity';
import { MAX_TOKEN_ID_LENGTH } from './jwt';

/** What authentication asks of the revocation list: answered from memory, never from a database. */
export interface RevocationCheck {
  /** False until the list has been loaded once: until then no token with a jti can be vouched for. */
  readonly loaded: boolean;
  isRevoked(tokenId: string, nowMs?: number): boolean;
  /** Whether the API key with this prefix was revoked (a cached verification must not outlive it). */
  isKeyRevoked(keyPrefix: string): boolean;
}

export const NO_REVOCATIONS: RevocationCheck = { loaded: true, isRevoked: () => false, isKeyRevoked: () => false };

export interface RevocationSettings {
  /** How far clocks may be apart: an entry outlives its token's `exp` by this much, as the token does. */
  clockSkewSeconds?: number;
  /** REDIS_URL: revocations are also kept in a sorted set and announced on a channel, so other copies learn at once. */
  redisUrl?: string | null;
  /** Redis key and channel prefix (tests give each run its own). */
  redisKeyPrefix?: string;
}

export interface Revocation {
  jti: string;
  /** The token's own expiry; null when unknown, and then the entry is kept for good. */
  expiresAt: Date | null;
  reason?: string | null;
}

export class RevocationInputError extends Error {}

const redisKeys = (prefix = 'shh') => ({ set: `${prefix}:revoked-tokens`, channel: `${prefix}:revoked-tokens`, keyChannel: `${prefix}:revoked-keys` });

function openRedis(url: string, onError: (error: Error) => void): Redis {
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', onError);
  return redis;
}

/**
 * Writes a revocation where every server copy will find it: the gateway
 * database (the record that survives everything), and with Redis a sorted
 * set scored by expiry plus a message on a channel, which copies that
 * listen apply at once. Revoking again keeps the first time and the later
 * of the two expiries. Entries whose tokens have expired are dropped here,
 * so the list stays as short as the tokens in circulation. A Redis failure
 * is reported, not thrown: the database already holds the revocation.
 */
export async function storeRevocation(
  gateway: DataSource,
  revocation: Revocation,
  settings: RevocationSettings = {},
  now = new Date(),
): Promise<{ entry: RevokedTokenEntity; redisProblem: string | null }> {
  const jti = revocation.jti.trim();
  if (!jti || jti.length > MAX_TOKEN_ID_LENGTH) throw new RevocationInputError(`a token id (jti) is 1 to ${MAX_TOKEN_ID_LENGTH} characters`);
  const reason = revocation.reason?.trim() || null;
  if (reason && reason.length > 200) throw new RevocationInputError('the reason is at most 200 characters');
  const skewMs = (settings.clockSkewSeconds ?? JWT_DEFAULTS.clockSkewSeconds) * 1000;
  const repository = gateway.getRepository(RevokedTokenEntity);
  const saved = await gateway.transaction(async (manager) => {
    const rows = manager.getRepository(RevokedTokenEntity);
    const existing = await rows.findOneBy({ jti });
    if (!existing) return rows.save(rows.create({ jti, revokedAt: now, expiresAt: revocation.expiresAt, reason }));
    const keepFor = existing.expiresAt === null || revocation.expiresAt === null ? null : new Date(Math.max(+existing.expiresAt, +revocation.expiresAt));
    if (keepFor?.getTime() !== existing.expiresAt?.getTime()) await rows.update({ id: existing.id }, { expiresAt: keepFor });
    return { ...existing, expiresAt: keepFor };
  });
  await repository.delete({ expiresAt: LessThan(new Date(now.getTime() - skewMs)) });
  let redisProblem: string | null = null;
  if (settings.redisUrl) {
    const keys = redisKeys(settings.redisKeyPrefix);
    let failure: Error | null = null;
    const redis = openRedis(settings.redisUrl, (error) => {
      failure ??= error;
    });
    try {
      await redis.connect();
      const score = saved.expiresAt ? String(saved.expiresAt.getTime()) : '+inf';
      const announcement = JSON.stringify({ jti, expiresAt: saved.expiresAt?.getTime() ?? null });
      await redis.multi().zadd(keys.set, score, jti).zremrangebyscore(keys.set, '-inf', `(${now.getTime() - skewMs}`).publish(keys.channel, announcement).exec();
    } catch (error) {
      // The database holds the revocation; other copies pick it up on their next refresh.
      redisProblem = (failure ?? (error as Error)).message;
    } finally {
      redis.disconnect();
    }
  }
  return { entry: saved, redisProblem };
}

/**
 * Tells every server copy listening on Redis that an API key was revoked, so
 * that none keeps accepting it from its cache of verified keys; copies
 * without Redis learn it at their next reload from the database. A Redis
 * failure is returned, not thrown: the database already holds the revocation.
 */
export async function announceKeyRevocation(keyPrefix: string, settings: RevocationSettings = {}): Promise<string | null> {
  if (!settings.redisUrl) return null;
  let failure: Error | null = null;
  const redis = openRedis(settings.redisUrl, (error) => {
    failure ??= error;
  });
  try {
    await redis.connect();
    await redis.publish(redisKeys(settings.redisKeyPrefix).keyChannel, keyPrefix);
    return null;
  } catch (error) {
    return (failure ?? (error as Error)).message;
  } finally {
    redis.disconnect();
  }
}

/**
 * The revoked token ids, held in memory so that checking a bearer token
 * costs no database round trip. Loaded before the server takes requests,
 * reloaded from the database (and the Redis set) every refresh interval,
 * and with Redis updated the moment any copy or the CLI revokes. Entries
 * are only ever added (a revocation cannot be undone) and dropped once
 * their token has expired, so a failed reload keeps what was known.
 */
export class RevokedTokens implements RevocationCheck {
  private readonly entries = new Map<string, number | null>();
  private readonly revokedKeys = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private subscriber: Redis | null = null;
  private redis: Redis | null = null;
  private refreshing: Promise<void> | null = null;
  private readonly skewMs: number;
  loaded = false;

  private constructor(
    private readonly gateway: DataSource,
    private readonly settings: RevocationSettings,
    private readonly onError: (error: Error) => void,
  ) {
    this.skewMs = (settings.clockSkewSeconds ?? JWT_DEFAULTS.clockSkewSeconds) * 1000;
  }

  /**
   * Loads the list and keeps it fresh. A gateway that is down at start does
   * not stop the server (what needs no gateway keeps working); the list is
   * retried every interval, and until it has loaded once, tokens that carry
   * a jti are refused as unverifiable rather than accepted unchecked.
   */
  static async start(
    gateway: DataSource,
    settings: RevocationSettings & { refreshSeconds?: number },
    onError: (error: Error) => void = () => undefined,
  ): Promise<RevokedTokens> {
    const list = new RevokedTokens(gateway, settings, onError);
    await list.refresh();
    if (settings.redisUrl) await list.listen(settings.redisUrl);
    const every = (settings.refreshSeconds ?? JWT_DEFAULTS.revocationRefreshSeconds) * 1000;
    list.timer = setInterval(() => void list.refresh(), every);
    list.timer.unref();
    return list;
  }

  isRevoked(tokenId: string, nowMs = Date.now()): boolean {
    if (!this.entries.has(tokenId)) return false;
    const expiresAt = this.entries.get(tokenId)!;
    return expiresAt === null || nowMs <= expiresAt + this.skewMs;
  }

  isKeyRevoked(keyPrefix: string): boolean {
    return this.revokedKeys.has(keyPrefix);
  }

  /** Refuses an API key on this copy at once (the caller has stored the revocation). */
  revokeKey(keyPrefix: string): void {
    this.revokedKeys.add(keyPrefix);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Revokes through this copy: in effect here before the call returns, and stored for every other copy. */
  async revoke(revocation: Revocation, now = new Date()): ReturnType<typeof storeRevocation> {
    this.add(revocation.jti.trim(), revocation.expiresAt?.getTime() ?? null);
    return storeRevocation(this.gateway, revocation, this.settings, now);
  }

  /** Reloads from the database and the Redis set; concurrent calls share one reload; a failure is reported, not thrown. */
  refresh(): Promise<void> {
    this.refreshing ??= this.reload()
      .then(() => {
        this.loaded = true;
      })
      .catch((error: Error) => this.onError(error))
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.subscriber?.disconnect();
    this.redis?.disconnect();
    this.subscriber = null;
    this.redis = null;
  }

  private add(jti: string, expiresAt: number | null): void {
    const known = this.entries.get(jti);
    const keep = known === null || expiresAt === null ? null : Math.max(known ?? 0, expiresAt);
    this.entries.set(jti, keep);
  }

  private async reload(): Promise<void> {
    const now = Date.now();
    const since = new Date(now - this.skewMs);
    const rows = await this.gateway.getRepository(RevokedTokenEntity).find({
      select: { jti: true, expiresAt: true },
      where: [{ expiresAt: IsNull() }, { expiresAt: MoreThanOrEqual(since) }],
    });
    for (const row of rows) this.add(row.jti, row.expiresAt?.getTime() ?? null);
    const keys: Array<{ key_prefix: string }> = await this.gateway.query('SELECT key_prefix FROM api_client WHERE revoked_at IS NOT NULL');
    for (const key of keys) this.revokedKeys.add(key.key_prefix);
    if (this.redis?.status === 'ready') {
      const flat = await this.redis.zrangebyscore(redisKeys(this.settings.redisKeyPrefix).set, since.getTime(), '+inf', 'WITHSCORES');
      for (let i = 0; i < flat.length; i += 2) this.add(flat[i], /inf/i.test(flat[i + 1]) ? null : Number(flat[i + 1]));
    }
    for (const [jti, expiresAt] of this.entries) if (expiresAt !== null && now > expiresAt + this.skewMs) this.entries.delete(jti);
  }

  /** Subscribes to revocations announced by other copies and the CLI; after a reconnect, reloads to catch up. */
  private async listen(url: string): Promise<void> {
    const keys = redisKeys(this.settings.redisKeyPrefix);
    // A subscribed connection can do nothing else, so the sorted set is read through a second one.
    this.redis = openRedis(url, this.onError);
    const subscriber = openRedis(url, this.onError);
    this.subscriber = subscriber;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === keys.keyChannel) {
        this.revokedKeys.add(message);
        return;
      }
      if (channel !== keys.channel) return;
      try {
        const { jti, expiresAt } = JSON.parse(message) as { jti: unknown; expiresAt: unknown };
        if (typeof jti === 'string' && (expiresAt === null || typeof expiresAt === 'number')) this.add(jti, expiresAt);
      } catch (error) {
        this.onError(error as Error);
      }
    });
    let connectedOnce = false;
    subscriber.on('ready', () => {
      if (connectedOnce) void this.refresh();
      connectedOnce = true;
    });
    try {
      await Promise.all([this.redis.connect(), subscriber.connect()]);
      await subscriber.subscribe(keys.channel, keys.keyChannel);
      await this.refresh();
    } catch (error) {
      // Without Redis the database reload still applies every revocation, only later.
      this.onError(error as Error);
    }
  }
}
