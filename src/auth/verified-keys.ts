import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import type { ApiRole } from '../sources/gateway/api-client.entity';

/**
 * Revocations made in this process (`ApiClients.revoke`): every server of
 * the process refuses the key at once. Other processes learn through Redis
 * or their next reload (RevokedTokens).
 */
export const keyRevocations = new EventEmitter<{ revoked: [keyPrefix: string] }>();

/** What a verified API key stands for: enough to build the viewer without the database. */
export interface VerifiedClient {
  id: number;
  name: string;
  keyPrefix: string;
  role: ApiRole;
  scopes: string;
  regionCode: string | null;
}

/**
 * API keys verified lately, by the SHA-256 of the key (the key itself is
 * never held), so that a warm key costs no statement. An entry lives
 * `ttlSeconds`; a revocation drops its key at once (see RevokedCredentials),
 * so the lifetime only bounds memory and the staleness of nothing else:
 * a client row changes only by being revoked.
 */
export class VerifiedKeys {
  private readonly cache: LRUCache<string, VerifiedClient>;

  constructor(ttlSeconds: number, max = 10_000) {
    this.cache = new LRUCache<string, VerifiedClient>({ max, ttl: Math.max(1, ttlSeconds) * 1000, ttlAutopurge: false });
  }

  get(keyHash: string): VerifiedClient | undefined {
    return this.cache.get(keyHash);
  }

  remember(keyHash: string, client: VerifiedClient): void {
    this.cache.set(keyHash, client);
  }

  /** Drops every cached key of a revoked client. */
  forget(keyPrefix: string): void {
    for (const [hash, client] of this.cache.entries()) if (client.keyPrefix === keyPrefix) this.cache.delete(hash);
  }

  get size(): number {
    return this.cache.size;
  }
}
