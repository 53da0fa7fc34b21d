import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from './logger';
import { requestScope } from './request-scope';

const UNEXPECTED = new Set(['INTERNAL_SERVER_ERROR', undefined]);

/**
 * Feeds the request scope (operation names, error codes) that the request
 * log line and the metrics are made of, and logs each unexpected error
 * once, with its stack, under the request id the client was given.
 */
export function observabilityPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async invalidRequestWasReceived() {
      requestScope()?.errorCodes.push('BAD_REQUEST');
    },
    async contextCreationDidFail({ error }) {
      // e.g. UNAUTHENTICATED for a bad API key: no operation ran, but the log and metrics should say why.
      const code = (error as GraphQLError).extensions?.code;
      requestScope()?.errorCodes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, request, operation }) {
          const scope = requestScope();
          scope?.operations.push(operationName ?? request.operationName ?? 'anonymous');
          // A filing reads (and answers from) the primary, where it writes; see sources/replicas.ts.
          if (scope && operation?.operation === 'mutation') scope.readPrimary = true;
        },
        async didEncounterErrors({ errors, request, operationName }) {
          const scope = requestScope();
          const unavailable = new Set<string>();
          for (const error of errors as readonly GraphQLError[]) {
            const code = error.extensions?.code as string | undefined;
            scope?.errorCodes.push(code ?? 'INTERNAL_SERVER_ERROR');
            if (UNEXPECTED.has(code)) {
              logger.error({ requestId: scope?.id, operation: operationName ?? request.operationName, path: error.path, err: error.originalError ?? error }, 'unexpected error');
            } else if (code === 'SOURCE_UNAVAILABLE' && !unavailable.has(String(error.extensions.source))) {
              unavailable.add(String(error.extensions.source));
              const cause = error.originalError as (Error & { code?: string }) | undefined;
              logger.warn({ requestId: scope?.id, source: error.extensions.source, reason: error.extensions.reason, cause: cause?.message, causeCode: cause?.code }, 'source unavailable');
            }
          }
        },
      };
    },
  };
}
