import { parse as parseUrl } from 'node:url';
import { ApolloServer, BaseContext, ContextFunction, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type express from 'express';
import { requestScope, requestTimeoutError } from '../observability/request-scope';
import { sendGraphqlErrors } from './error-response';

export interface GraphqlHandlerOptions<TContext extends BaseContext> {
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Apollo on express, as `@as-integrations/express5`'s expressMiddleware
 * (same signature, same behaviour), with the request's deadline: when it
 * passes first, the client gets 504 REQUEST_TIMEOUT at once, whatever is
 * still running is abandoned (its next SQL statement is refused by the
 * source guard), and the late answer is dropped.
 */
export function expressMiddleware<TContext extends BaseContext>(server: ApolloServer<TContext>, options: GraphqlHandlerOptions<TContext>): express.RequestHandler {
  server.assertStarted('expressMiddleware()');
  return async (req, res) => {
    if (!('body' in req) || req.body === undefined) req.body = {};
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const execution = server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: parseUrl(req.url).search ?? '', body: req.body },
      context: () => options.context({ req, res }),
    });
    const scope = requestScope();
    let timer: NodeJS.Timeout | undefined;
    const deadline =
      scope && Number.isFinite(scope.deadline)
        ? new Promise<typeof TIMED_OUT>((resolve) => {
            timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, scope.deadline - Date.now()));
          })
        : null;
    let response: HTTPGraphQLResponse | typeof TIMED_OUT;
    try {
      response = deadline ? await Promise.race([execution, deadline]) : await execution;
    } finally {
      clearTimeout(timer);
    }
    if (response === TIMED_OUT) {
      scope!.timedOut = true;
      execution.catch(() => undefined);
      const error = requestTimeoutError(scope!);
      error.extensions.http = { status: 504, headers: new HeaderMap() };
      sendGraphqlErrors(req, res, [error]);
      return;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      res.send(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as unknown as { flush?: () => void }).flush === 'function') (res as unknown as { flush: () => void }).flush();
    }
    res.end();
  };
}
