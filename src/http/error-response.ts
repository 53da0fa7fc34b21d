import type express from 'express';
import type { GraphQLError } from 'graphql';
import { requestScope } from '../observability/request-scope';

/** The media type a GraphQL client asked for; application/json when it did not say. */
export function graphqlMediaType(req: express.Request): string {
  return req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json'
    ? 'application/graphql-response+json'
    : 'application/json';
}

/**
 * Answers a request refused before it reached Apollo (body too large,
 * batch too large, not a trusted document, past its deadline) in the same
 * shape as any GraphQL error response, with the status and headers the
 * error's `extensions.http` asks for.
 */
export function sendGraphqlErrors(req: express.Request, res: express.Response, errors: GraphQLError[]): void {
  const scope = requestScope() ?? (res.locals.scope as ReturnType<typeof requestScope>);
  let status = 400;
  const body = errors.map((error) => {
    const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } } & Record<string, unknown>;
    if (http?.status) status = http.status;
    for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
    scope?.errorCodes.push(String(extensions.code));
    return { message: error.message, extensions: { ...extensions, ...(scope ? { requestId: scope.id } : {}) } };
  });
  res.status(status).type(graphqlMediaType(req)).send(JSON.stringify({ errors: body }));
}
