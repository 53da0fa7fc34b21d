import { DataSource } from 'typeorm';
import { regionDirectory } from '../shared/regions';
import type { ApiRole } from '../shared/auth/roles';
import { ApiClientEntity } from '../sources/gateway/api-client.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key';
import { credentialProblems } from './permissions';
import { keyRevocations, VerifiedClient } from './verified-keys';

export interface NewClient {
  name: string;
  role: string;
  regionCode?: string | null;
  scopes?: readonly string[];
}

export class ClientInputError extends Error {}

/** The partner systems allowed to call the API, kept in the gateway database with hashed keys. */
export class ApiClients {
  constructor(private readonly gateway: DataSource) {}

  private get repository() {
    return this.gateway.getRepository(ApiClientEntity);
  }

  /** Creates a client; the returned key is shown once and never stored. */
  async create(input: NewClient, now = new Date()): Promise<{ client: ApiClientEntity; key: string }> {
    const name = input.name.trim();
    const scopes = [...new Set(input.scopes ?? [])];
    const regionCode = input.regionCode?.trim() || null;
    const problems: string[] = [];
    if (!name || name.length > 100) problems.push('name must be 1 to 100 characters');
    const regions = regionDirectory();
    problems.push(...credentialProblems(input.role, regionCode, scopes, (code) => regions.has(code)));
    if (problems.length > 0) throw new ClientInputError(problems.join('; '));
    const generated = generateApiKey();
    const client = await this.repository.save(
      this.repository.create({
        name,
        keyPrefix: generated.prefix,
        keyHash: generated.hash,
        role: input.role as ApiRole,
        scopes: scopes.join(' '),
        regionCode,
        createdAt: now,
        revokedAt: null,
      }),
    );
    return { client, key: generated.key };
  }

  list(): Promise<ApiClientEntity[]> {
    return this.repository.find({ order: { id: 'ASC' } });
  }

  /** Revokes by key prefix or numeric id; null when no such client exists. Revoking twice keeps the first time. */
  async revoke(prefixOrId: string, now = new Date()): Promise<ApiClientEntity | null> {
    const client = /^\d+$/.test(prefixOrId)
      ? await this.repository.findOneBy({ id: Number(prefixOrId) })
      : await this.repository.findOneBy({ keyPrefix: prefixOrId });
    if (!client) return null;
    if (!client.revokedAt) {
      client.revokedAt = now;
      await this.repository.update({ id: client.id }, { revokedAt: now });
    }
    keyRevocations.emit('revoked', client.keyPrefix);
    return client;
  }

  /** The client a presented key belongs to, with why it is refused when it is: one statement, straight to the driver. */
  async verify(key: string): Promise<{ client: VerifiedClient } | { problem: string }> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return { problem: 'the API key is malformed' };
    const [row]: Array<Record<string, unknown>> = await this.gateway.query(
      'SELECT id, name, key_prefix, key_hash, role, scopes, region_code, revoked_at FROM api_client WHERE key_prefix = ?',
      [prefix],
    );
    if (!row || !apiKeyMatches(key, String(row.key_hash))) return { problem: 'the API key is not valid' };
    if (row.revoked_at !== null && row.revoked_at !== undefined) return { problem: `the API key ${prefix} was revoked` };
    return {
      client: {
        id: Number(row.id),
        name: String(row.name),
        keyPrefix: prefix,
        role: row.role as ApiRole,
        scopes: String(row.scopes ?? ''),
        regionCode: (row.region_code as string | null) ?? null,
      },
    };
  }
}
