import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, Source } from 'graphql';
import type { QueryLimits } from '../config';
import { checkDocument } from '../http/limits/document-limits';
import { limitError } from '../http/limits/limit-error';
import { queryCost } from '../http/limits/query-cost';
import { checkTextArguments } from '../http/limits/text-arguments';

/**
 * The single process's query limits at the gateway, on the supergraph's API
 * schema: the document limits (size, tokens, depth, aliases, root fields)
 * before parsing, then the text arguments and the cost (the same model,
 * src/http/limits/query-cost.ts) before execution. Each subgraph then
 * checks again what it is asked, so a subgraph reached directly is no
 * looser than the gateway.
 */
/**
 * The two envelop hooks used, typed here: importing Hive Gateway's own types
 * would bring its global augmentation of GraphQLError's extensions into the
 * whole program.
 */
export interface GatewayLimitsPlugin {
  onParse(payload: { params: { source: string | Source } }): void;
  onExecute(payload: {
    args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: unknown };
    setResultAndStopExecution(result: { errors: GraphQLError[] }): void;
  }): void;
}

/** The refusal as GraphQL Yoga (under Hive Gateway) reads it: the status as a plain `extensions.http`, not Apollo's HeaderMap. */
function forGateway(error: GraphQLError): GraphQLError {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } } & Record<string, unknown>;
  return new GraphQLError(error.message, { extensions: { ...extensions, http: { status: http?.status ?? 400 } } });
}

export function gatewayLimitsPlugin(limits: QueryLimits): GatewayLimitsPlugin {
  return {
    onParse({ params }) {
      const text = typeof params.source === 'string' ? params.source : (params.source as Source).body;
      const refusal = checkDocument(text, limits);
      if (refusal) throw forGateway(refusal);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const refusal: GraphQLError | null =
        checkTextArguments(args.document, operation, variables) ??
        (() => {
          const cost = queryCost(args.schema, args.document, operation, variables);
          return cost > limits.maxCost
            ? limitError('QUERY_TOO_COSTLY', `The query could cost ${cost} points; the limit is ${limits.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`, {
                cost,
                maximumCost: limits.maxCost,
              })
            : null;
        })();
      if (refusal) setResultAndStopExecution({ errors: [forGateway(refusal)] });
    },
  };
}
