import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The codes of the request limits; each is refused before anything executes. */
export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_ROOT_FIELDS'
  | 'DOCUMENT_TOO_LARGE'
  | 'BATCH_TOO_LARGE'
  | 'BODY_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'PERSON_ROW_QUOTA_EXCEEDED'
  | 'PERSISTED_QUERY_NOT_ALLOWED';

/**
 * A refused request: the code, a message that says what to change, the
 * measured value and the limit; `extensions.http` sets the HTTP status
 * (and headers) and is removed before the error reaches the client.
 */
export function limitError(
  code: LimitCode,
  message: string,
  details: Record<string, unknown> = {},
  http: { status: number; headers?: Array<[string, string]> } = { status: 400 },
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...details, http: { status: http.status, headers: new HeaderMap(http.headers ?? []) } },
  });
}
