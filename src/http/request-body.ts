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

/** Turns body-parser failures into GraphQL-shaped errors instead of express's HTML page. */
export function graphqlBodyErrors(limits: QueryLimits): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number; length?: number } & Error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      sendGraphqlErrors(req, res, [
        limitError(
          'BODY_TOO_LARGE',
          `The request body is ${error.length ?? 'more than the limit of'} bytes; the limit is ${limits.maxBodyBytes}. Send a smaller request.`,
          { bytes: error.length, maximumBytes: limits.maxBodyBytes },
          { status: 413 },
        ),
      ]);
      return;
    }
    if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      sendGraphqlErrors(req, res, [
        new GraphQLError(`The request body is not valid JSON: ${error.message}`, { extensions: { code: 'BAD_REQUEST', http: { status: error.status ?? 400 } } }),
      ]);
      return;
    }
    next(error);
  };
}
