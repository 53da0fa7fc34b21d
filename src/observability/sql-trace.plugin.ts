import type { ApolloServerPlugin } from '@apollo/server';
import type { DebugSqlMode } from '../config';
import type { RequestContext } from '../context';
import { requestScope } from './request-scope';
import { mayReadRowCounts, mayReadSqlTrace, sqlTraceExtension } from './sql-trace';

/**
 * Puts the statements a request ran into its response's `extensions.sql`,
 * when it asked (X-Debug-SQL: 1) and DEBUG_SQL lets this viewer read them.
 * The trace is collected from the start of the request (the viewer is not
 * known before the credential lookup, itself a statement), so a viewer who
 * may not read it is only decided here, and gets nothing.
 */
export function sqlTracePlugin(mode: DebugSqlMode): ApolloServerPlugin<RequestContext> {
  if (mode === 'off') return {};
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const trace = requestScope()?.sqlTrace;
          if (!trace || response.body.kind !== 'single') return;
          // In a batched request each operation reports what ran since the one before.
          const statements = trace.statements.splice(0);
          const total = trace.total;
          trace.total = 0;
          if (!mayReadSqlTrace(mode, contextValue?.viewer)) return;
          const single = response.body.singleResult;
          single.extensions = { ...single.extensions, sql: sqlTraceExtension(statements, total, { rowCounts: mayReadRowCounts(contextValue?.viewer) }) };
        },
      };
    },
  };
}
