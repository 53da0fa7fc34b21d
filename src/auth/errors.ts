import { GraphQLError } from 'graphql';

/**
 * A credential was sent but is wrong, expired, revoked or malformed. HTTP 401
 * with a GraphQL-shaped body; never a quiet fall-back to PUBLIC.
 */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer, ApiKey']]) },
    },
  });
}

/**
 * The revocation list has not loaded yet (the gateway database was down
 * since start): a token with a jti might be revoked, so it is refused for
 * now — by the server's fault, hence 503 and not 401.
 */
export function revocationListUnavailable(): GraphQLError {
  return new GraphQLError('The gateway source cannot be reached, so revoked bearer tokens cannot be told apart yet; try again shortly.', {
    extensions: { code: 'SOURCE_UNAVAILABLE', source: 'gateway', reason: 'unreachable', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}

/** The viewer may not see or do this; `field` names the schema coordinate (Type.field or an argument path). */
export function forbidden(field: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Forbidden: ${message}`, { extensions: { code: 'FORBIDDEN', field, ...extensions } });
}
