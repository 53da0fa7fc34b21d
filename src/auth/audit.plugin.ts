import { ApolloServerPlugin } from '@apollo/server';
import { flushPiiAudit, PiiAuditContext } from './pii-audit';

/**
 * Writes the audit event of a request that showed personal data unmasked,
 * once, as its response is about to be sent. If the event cannot be written
 * the data is not sent either: the response becomes an error.
 */
export function auditPlugin(): ApolloServerPlugin<PiiAuditContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, operation, request, response, logger }) {
          try {
            await flushPiiAudit(contextValue, { name: operationName ?? request.operationName ?? null, type: operation?.operation ?? null });
          } catch (error) {
            logger.error(`audit event not written, response withheld: ${(error as Error).message}`);
            response.http.status = 500;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [{ message: 'The response was withheld: it held personal data and the audit log could not be written', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              },
            };
          }
        },
      };
    },
  };
}
