import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLError, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { QueryLimits } from '../../config';
import type { RequestContext } from '../../context';
import { requestScope } from '../../observability/request-scope';
import { RateDecision, RateLimiter, rateLimitKey } from '../rate-limit';
import { checkDocument } from './document-limits';
import { limitError } from './limit-error';
import { queryCost } from './query-cost';
import { checkTextArguments } from './text-arguments';

/** Stands in for a refused document, so Apollo neither parses nor validates it and the refusal is answered per operation. */
const PLACEHOLDER: DocumentNode = parse('{ __typename }');

/**
 * Documents that passed the limits and Apollo's validation, by query hash:
 * a repeated operation is neither checked, parsed nor validated again.
 * This replaces Apollo's own documentStore (turned off in hardening.ts),
 * which would otherwise overwrite the placeholder of a refused document
 * and parse it anyway. Least recently used first out, bounded by the total
 * length of the query texts; a text over an eighth of that is not kept, so
 * one large query cannot push out the everyday ones.
 */
export function validatedDocuments(maxLength = 4 * 1024 * 1024): LRUCache<string, DocumentNode> {
  return new LRUCache<string, DocumentNode>({ maxSize: maxLength, maxEntrySize: maxLength / 8 });
}

function rateLimited(decision: Extract<RateDecision, { allowed: false }>, cost: number): GraphQLError {
  return limitError(
    'RATE_LIMITED',
    `Rate limit reached: this client may spend ${decision.limit} cost points per window and has none left for a request costing ${cost}. Retry after ${decision.retryAfterSeconds} s.`,
    { retryAfterSeconds: decision.retryAfterSeconds, limit: decision.limit },
    { status: 429, headers: [['retry-after', String(decision.retryAfterSeconds)]] },
  );
}

/**
 * Query limits and rate limits inside Apollo's request pipeline:
 * - before parsing: the client's budget (1 point, so refused and failing
 *   requests are paid for too) and the document limits (size, tokens,
 *   depth, aliases, root fields);
 * - once the operation is known, before execution: the length of its text
 *   arguments (text-arguments.ts), its cost against
 *   MAX_QUERY_COST, then the rest of the cost against the budget;
 * - in the response: `extensions.cost` and RateLimit-* headers.
 */
export function limitsPlugin(limits: QueryLimits, rateLimiter: RateLimiter | null): ApolloServerPlugin<RequestContext> {
  const validated = validatedDocuments();
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
      let refusal: GraphQLError | null = null;
      let cost = 0;
      let client = '';
      let budget: RateDecision | null = null;
      return {
        async didResolveSource(requestContext) {
          const scope = requestScope();
          client = rateLimitKey(requestContext.contextValue?.viewer, scope?.ip ?? 'unknown');
          if (scope) scope.client = client;
          if (rateLimiter) {
            budget = await rateLimiter.charge(client, 1);
            if (!budget.allowed) refusal = rateLimited(budget, 1);
          }
          const known = refusal ? undefined : validated.get(requestContext.queryHash);
          if (!refusal && !known) refusal = checkDocument(requestContext.source, limits);
          // A document set here is neither parsed nor validated by Apollo.
          (requestContext as { document?: DocumentNode }).document = refusal ? PLACEHOLDER : known;
        },
        async didResolveOperation(requestContext) {
          if (refusal) throw refusal;
          validated.set(requestContext.queryHash!, requestContext.document, { size: Math.max(1, requestContext.source.length) });
          // No operation by that name (or no name given for several): Apollo answers 400 OPERATION_RESOLUTION_FAILURE; nothing to cost.
          if (!requestContext.operation) return;
          const overLong = checkTextArguments(requestContext.document, requestContext.operation, requestContext.request.variables ?? {});
          if (overLong) throw overLong;
          cost = queryCost(requestContext.schema, requestContext.document, requestContext.operation!, requestContext.request.variables ?? {});
          const scope = requestScope();
          if (scope) scope.cost += cost;
          if (cost > limits.maxCost) {
            throw limitError(
              'QUERY_TOO_COSTLY',
              `The query could cost ${cost} points; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              { cost, maximumCost: limits.maxCost },
            );
          }
          if (rateLimiter && cost > 1) {
            budget = await rateLimiter.charge(client, cost - 1);
            if (!budget.allowed) throw rateLimited(budget, cost);
          }
        },
        async willSendResponse({ response }) {
          if (budget) {
            response.http.headers.set('ratelimit-limit', String(budget.limit));
            response.http.headers.set('ratelimit-remaining', String(budget.remaining));
            response.http.headers.set('ratelimit-reset', String(Math.ceil(budget.resetMs / 1000)));
          }
          if (response.body.kind === 'single' && cost > 0) {
            const single = response.body.singleResult;
            single.extensions = { ...single.extensions, cost: { requested: cost, maximum: limits.maxCost } };
          }
        },
      };
    },
  };
}
