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

export function isUnauthenticated(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
}

/** The viewer may not see or do this; `field` names the schema coordinate (Type.field or an argument path). */
export function forbidden(field: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Forbidden: ${message}`, { extensions: { code: 'FORBIDDEN', field, ...extensions } });
}
