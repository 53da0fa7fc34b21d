import { errors, JWTPayload, jwtVerify, KeyLike } from 'jose';
import { AuthConfig, JWT_DEFAULTS } from '../config';

export interface JwtIdentity {
  subject: string;
  role: string;
  regionCode: string | null;
  scopes: string[];
  /** The token's own id, which `clients revoke-token` can revoke; null when the issuer sets none. */
  tokenId: string | null;
  /** When the token expires (seconds since the epoch): how long its revocation must be remembered. */
  expiresAt: number;
}

/** Longest `jti` accepted: it is what the revocation list stores (revoked_token.jti). */
export const MAX_TOKEN_ID_LENGTH = 200;

/** The token settings with their defaults filled in. */
export function tokenRules(config: AuthConfig): { maxLifetimeSeconds: number; clockSkewSeconds: number } {
  return {
    maxLifetimeSeconds: config.jwtMaxLifetimeSeconds ?? JWT_DEFAULTS.maxLifetimeSeconds,
    clockSkewSeconds: config.jwtClockSkewSeconds ?? JWT_DEFAULTS.clockSkewSeconds,
  };
}

/** Why a token was refused, in words a client developer can act on. */
function describe(error: unknown, nowSeconds: number, skew: number): string {
  if (error instanceof errors.JWTExpired) return 'the bearer token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    const nbf = (error.payload as JWTPayload | undefined)?.nbf;
    if (error.claim === 'nbf' && error.reason === 'check_failed' && typeof nbf === 'number') {
      return `the bearer token is not valid yet: its "nbf" lies ${nbf - nowSeconds} s in the future, more than the ${skew} s of clock skew allowed (JWT_CLOCK_SKEW_SECONDS)`;
    }
    return `the bearer token's "${error.claim}" claim is not acceptable: ${error.message}`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `the bearer token's algorithm is not accepted here`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the bearer token signature does not verify';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the bearer token is malformed';
  return 'the bearer token is not valid';
}

export class JwtRejected extends Error {}

/**
 * The time rules jose does not apply: an `iat` in the future (a token minted
 * by a clock that runs ahead, or forged to outlive a rotation) and a lifetime
 * past JWT_MAX_LIFETIME_SECONDS. A long-lived bearer token is a password that
 * cannot be changed, so the issuer has to mint short ones.
 */
function timeProblem(payload: JWTPayload, nowSeconds: number, rules: ReturnType<typeof tokenRules>): string | null {
  const { iat, exp } = payload as { iat?: number; exp: number };
  const { maxLifetimeSeconds: max, clockSkewSeconds: skew } = rules;
  if (iat !== undefined) {
    if (iat > nowSeconds + skew) {
      return `the bearer token's "iat" lies ${iat - nowSeconds} s in the future, more than the ${skew} s of clock skew allowed (JWT_CLOCK_SKEW_SECONDS)`;
    }
    if (exp - iat > max) return `the bearer token's lifetime of ${exp - iat} s (exp − iat) exceeds the ${max} s allowed (JWT_MAX_LIFETIME_SECONDS)`;
    return null;
  }
  // Without iat the lifetime is unknown; what is left of it must still fit, with the issuer's clock allowed to run ahead.
  if (exp - nowSeconds > max + skew) {
    return `the bearer token has no "iat" and expires in ${exp - nowSeconds} s, more than the ${max} s allowed (JWT_MAX_LIFETIME_SECONDS)`;
  }
  return null;
}

/**
 * Verifies a compact JWS and reads the identity claims: `sub`, `role`,
 * `region` (a GB/T 2260 code), `scope` (space separated), an optional `jti`
 * and a required `exp`. HS256 is checked with JWT_SECRET and RS256 with
 * JWT_PUBLIC_KEY; any other algorithm, `none` included, is refused. Every
 * time claim gets the same clock skew (JWT_CLOCK_SKEW_SECONDS).
 */
export async function verifyJwt(token: string, config: AuthConfig, nowSeconds = Math.floor(Date.now() / 1000)): Promise<JwtIdentity> {
  const algorithms = [...(config.jwtSecret ? ['HS256'] : []), ...(config.jwtPublicKey ? ['RS256'] : [])];
  if (algorithms.length === 0) throw new JwtRejected('bearer tokens are not accepted: the server has no JWT_SECRET or JWT_PUBLIC_KEY');
  const rules = tokenRules(config);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, (header) => (header.alg === 'HS256' ? config.jwtSecret! : (config.jwtPublicKey as unknown as KeyLike)), {
      algorithms,
      issuer: config.jwtIssuer ?? undefined,
      audience: config.jwtAudience ?? undefined,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: rules.clockSkewSeconds,
      currentDate: new Date(nowSeconds * 1000),
    }));
  } catch (error) {
    throw new JwtRejected(describe(error, nowSeconds, rules.clockSkewSeconds));
  }
  const timing = timeProblem(payload, nowSeconds, rules);
  if (timing) throw new JwtRejected(timing);
  const { sub, role, region, scope, jti } = payload as JWTPayload & { role?: unknown; region?: unknown; scope?: unknown };
  if (typeof sub !== 'string' || sub.trim() === '') throw new JwtRejected('the bearer token\'s "sub" claim must be a non-empty string');
  if (typeof role !== 'string') throw new JwtRejected('the bearer token has no "role" claim');
  if (region !== undefined && region !== null && typeof region !== 'string') throw new JwtRejected('the bearer token\'s "region" claim must be a string');
  if (scope !== undefined && typeof scope !== 'string') throw new JwtRejected('the bearer token\'s "scope" claim must be a space-separated string');
  if (jti !== undefined && (typeof jti !== 'string' || jti.length === 0 || jti.length > MAX_TOKEN_ID_LENGTH)) {
    throw new JwtRejected(`the bearer token's "jti" claim must be a string of 1 to ${MAX_TOKEN_ID_LENGTH} characters`);
  }
  return {
    subject: sub,
    role,
    regionCode: (region as string | null | undefined) || null,
    scopes: (scope ?? '').split(' ').filter(Boolean),
    tokenId: jti ?? null,
    expiresAt: payload.exp!,
  };
}
