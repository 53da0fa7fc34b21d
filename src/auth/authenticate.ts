import { DataSource } from 'typeorm';
import { AuthConfig } from '../config';
import { PUBLIC_VIEWER, Viewer } from '../shared/auth/viewer';
import { RegionDirectory } from '../shared/regions';
import type { ApiRole } from '../shared/auth/roles';
import { ApiClients } from './api-clients';
import { apiKeyPrefix, hashApiKey } from './api-key';
import { revocationListUnavailable, unauthenticated } from './errors';
import { JwtRejected, verifyJwt } from './jwt';
import { credentialProblems } from './permissions';
import { NO_REVOCATIONS, RevocationCheck } from './revoked-tokens';
import { VerifiedClient, VerifiedKeys } from './verified-keys';

export const NO_JWT: AuthConfig = { jwtSecret: null, jwtPublicKey: null, jwtIssuer: null, jwtAudience: null };

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The one credential a request carries, or null for none; two different ones are refused. */
function credentialOf(headers: Headers): { kind: 'apiKey' | 'bearer'; value: string } | null {
  const authorization = header(headers, 'authorization');
  const apiKeyHeader = header(headers, 'x-api-key');
  let fromAuthorization: { kind: 'apiKey' | 'bearer'; value: string } | null = null;
  if (authorization !== undefined) {
    const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(authorization);
    const scheme = match?.[1].toLowerCase();
    if (!match || (scheme !== 'apikey' && scheme !== 'bearer')) {
      throw unauthenticated('the Authorization header must be "ApiKey <key>" or "Bearer <token>"');
    }
    fromAuthorization = { kind: scheme === 'apikey' ? 'apiKey' : 'bearer', value: match[2] };
  }
  if (apiKeyHeader !== undefined) {
    const value = apiKeyHeader.trim();
    if (!value) throw unauthenticated('the X-API-Key header is empty');
    if (fromAuthorization && !(fromAuthorization.kind === 'apiKey' && fromAuthorization.value === value)) {
      throw unauthenticated('send one credential: both an Authorization header and a different X-API-Key were sent');
    }
    return { kind: 'apiKey', value };
  }
  return fromAuthorization;
}

/**
 * The client an API key belongs to: from the cache of keys verified lately
 * when it is there (no statement), else from the gateway database (one
 * statement), then cached. A revocation refuses a cached key at once.
 */
async function verifiedClient(key: string, gateway: DataSource, revoked: RevocationCheck, keys: VerifiedKeys | null): Promise<VerifiedClient> {
  const hash = apiKeyPrefix(key) ? hashApiKey(key) : null;
  const cached = hash ? keys?.get(hash) : undefined;
  if (cached) {
    if (revoked.isKeyRevoked(cached.keyPrefix)) throw unauthenticated(`the API key ${cached.keyPrefix} was revoked`);
    return cached;
  }
  const verdict = await new ApiClients(gateway).verify(key);
  if ('problem' in verdict) throw unauthenticated(verdict.problem);
  if (hash) keys?.remember(hash, verdict.client);
  return verdict.client;
}

/**
 * The viewer of a request from its headers. No credentials: PUBLIC. Any
 * credential that does not check out: an UNAUTHENTICATED error (HTTP 401).
 * A bearer token's `jti` is checked against the in-memory revocation list.
 */
export async function authenticate(
  headers: Headers,
  gateway: DataSource,
  regions: RegionDirectory,
  config: AuthConfig = NO_JWT,
  revoked: RevocationCheck = NO_REVOCATIONS,
  keys: VerifiedKeys | null = null,
): Promise<Viewer> {
  const credential = credentialOf(headers);
  if (!credential) return PUBLIC_VIEWER;
  if (credential.kind === 'apiKey') {
    const client = await verifiedClient(credential.value, gateway, revoked, keys);
    return Object.freeze({
      clientId: client.id,
      name: client.name,
      role: client.role,
      scopes: new Set(client.scopes.split(' ').filter(Boolean)),
      regionCode: client.regionCode,
    });
  }
  let identity;
  try {
    identity = await verifyJwt(credential.value, config);
  } catch (error) {
    if (error instanceof JwtRejected) throw unauthenticated(error.message);
    throw error;
  }
  const problems = credentialProblems(identity.role, identity.regionCode, identity.scopes, (code) => regions.has(code));
  if (problems.length > 0) throw unauthenticated(`the bearer token's claims are not acceptable: ${problems.join('; ')}`);
  if (identity.tokenId !== null) {
    if (!revoked.loaded) throw revocationListUnavailable();
    if (revoked.isRevoked(identity.tokenId)) throw unauthenticated(`the bearer token (jti "${identity.tokenId}") was revoked`);
  }
  return Object.freeze({
    clientId: null,
    name: identity.subject,
    role: identity.role as ApiRole,
    scopes: new Set(identity.scopes),
    regionCode: identity.regionCode,
  });
}
