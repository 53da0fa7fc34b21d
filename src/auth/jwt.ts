import { errors, JWTPayload, jwtVerify, KeyLike } from 'jose';
import { AuthConfig } from '../config';

export interface JwtIdentity {
  subject: string;
  role: string;
  regionCode: string | null;
  scopes: string[];
}

const CLOCK_TOLERANCE_SECONDS = 5;

/** Why a token was refused, in words a client developer can act on. */
function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the bearer token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the bearer token's "${error.claim}" claim is not acceptable: ${error.message}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return `the bearer token's algorithm is not accepted here`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the bearer token signature does not verify';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the bearer token is malformed';
  return 'the bearer token is not valid';
}

export class JwtRejected extends Error {}

/**
 * Verifies a compact JWS and reads the identity claims: `sub`, `role`,
 * `region` (a GB/T 2260 code), `scope` (space separated) and a required `exp`.
 * HS256 is checked with JWT_SECRET and RS256 with JWT_PUBLIC_KEY; any other
 * algorithm, `none` included, is refused.
 */
export async function verifyJwt(token: string, config: AuthConfig): Promise<JwtIdentity> {
  const algorithms = [...(config.jwtSecret ? ['HS256'] : []), ...(config.jwtPublicKey ? ['RS256'] : [])];
  if (algorithms.length === 0) throw new JwtRejected('bearer tokens are not accepted: the server has no JWT_SECRET or JWT_PUBLIC_KEY');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, (header) => (header.alg === 'HS256' ? config.jwtSecret! : (config.jwtPublicKey as unknown as KeyLike)), {
      algorithms,
      issuer: config.jwtIssuer ?? undefined,
      audience: config.jwtAudience ?? undefined,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw new JwtRejected(describe(error));
  }
  const { sub, role, region, scope } = payload as JWTPayload & { role?: unknown; region?: unknown; scope?: unknown };
  if (typeof sub !== 'string' || sub.trim() === '') throw new JwtRejected('the bearer token\'s "sub" claim must be a non-empty string');
  if (typeof role !== 'string') throw new JwtRejected('the bearer token has no "role" claim');
  if (region !== undefined && region !== null && typeof region !== 'string') throw new JwtRejected('the bearer token\'s "region" claim must be a string');
  if (scope !== undefined && typeof scope !== 'string') throw new JwtRejected('the bearer token\'s "scope" claim must be a space-separated string');
  return { subject: sub, role, regionCode: (region as string | null | undefined) || null, scopes: (scope ?? '').split(' ').filter(Boolean) };
}
