import express from 'express';
import { GraphQLError } from 'graphql';
import type { QueryLimits } from '../config';
import { sendGraphqlErrors } from './error-response';
import { limitError } from './limits/limit-error';

/**
 * The JSON body of /graphql, bounded in bytes (413 BODY_TOO_LARGE) and,
 * for batched requests (a JSON array of operations), in operations
 * (400 BATCH_TOO_LARGE), both refused before anything is parsed as GraphQL.
 */
export function graphqlBody(limits: QueryLimits): express.RequestHandler[] {
  const json = express.json({ limit: limits.maxBodyBytes });
  const batchCap: express.RequestHandler = (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > limits.maxBatchOperations) {
      sendGraphqlErrors(req, res, [
        limitError('BATCH_TOO_LARGE', `The batch holds ${req.body.length} operations; the limit is ${limits.maxBatchOperations}. Send fewer per request.`, {
          operations: req.body.length,
          maximumOperations: limits.maxBatchOperations,
        }),
      ]);
      return;
    }
    next();
  };
  return [json, batchCap];
}

/** A failure of express.json() (body-parser): its `type` names what went wrong with the body. */
type BodyParserError = { type?: string; status?: number; statusCode?: number; length?: number; expose?: boolean } & Error;

/**
 * What a failure to read a JSON body means for the client — 413
 * BODY_TOO_LARGE, or 400/415 BAD_REQUEST for a body that is not JSON, not
 * UTF-8, or in an encoding the server cannot undo — as an error of its own
 * words (never express's HTML page with its stack); null for an error that
 * is not about the body.
 */
export function bodyReadError(error: unknown, maxBodyBytes: number): GraphQLError | null {
  const e = error as BodyParserError;
  if (!e || typeof e !== 'object') return null;
  if (e.type === 'entity.too.large') {
    return limitError(
      'BODY_TOO_LARGE',
      `The request body is ${e.length ?? 'more than the limit of'} bytes; the limit is ${maxBodyBytes}. Send a smaller request.`,
      { bytes: e.length, maximumBytes: maxBodyBytes },
      { status: 413 },
    );
  }
  const status = e.status ?? e.statusCode;
  if (e.type === 'entity.parse.failed') return badBody(`The request body is not valid JSON: ${e.message}`, status ?? 400);
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return badBody(`The request body cannot be read: ${e.message}; send it as UTF-8 JSON`, status ?? 415);
  // Other failures while reading (a gzip body that is not gzip, a body shorter than its Content-Length) are the client's too.
  // body-parser marks them as http-errors meant for the client (`expose`).
  if ((typeof e.type === 'string' || e.expose === true) && typeof status === 'number' && status >= 400 && status < 500) return badBody(`The request body could not be read: ${e.message}`, status);
  return null;
}

function badBody(message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status } } });
}

/** Turns body-parser failures into GraphQL-shaped errors instead of express's HTML page. */
export function graphqlBodyErrors(limits: QueryLimits): express.ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const refusal = bodyReadError(error, limits.maxBodyBytes);
    if (refusal) sendGraphqlErrors(req, res, [refusal]);
    else next(error);
  };
}
