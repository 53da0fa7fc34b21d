import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { personTypesIn } from '../export/export-persons';
import { requestScope } from '../observability/request-scope';
import { limitError } from './limits/limit-error';
import { PersonRowQuota, QuotaGrant, quotaKey } from './person-row-quota';

function quotaSpent(grant: QuotaGrant) {
  return limitError(
    'PERSON_ROW_QUOTA_EXCEEDED',
    `Daily quota of person rows reached: this client may take ${grant.limit} person records a day (China Standard Time) through /graphql and /export/csv together, and has none left; it renews at 00:00 CST (${grant.resetsAt.toISOString()}). Retry after ${grant.retryAfterSeconds} s.`,
    { limit: grant.limit, retryAfterSeconds: grant.retryAfterSeconds, resetsAt: grant.resetsAt.toISOString() },
    { status: 429, headers: [['retry-after', String(grant.retryAfterSeconds)]] },
  );
}

/**
 * The daily quota of person rows (EXPORT_PERSON_ROWS_PER_DAY) on /graphql,
 * the same budget /export/csv draws on (same key, same store), so paging
 * through /graphql does not take more of the register than an export may.
 * A query that may read person records is refused up front (HTTP 429
 * PERSON_ROW_QUOTA_EXCEEDED, Retry-After) once the quota is spent; after it
 * ran, every person record it served is charged (so one response may pass
 * the quota by what it held, bounded by MAX_QUERY_COST). Mutations are
 * charged too but never refused: a filing's payload is the record filed.
 */
export function personRowQuotaPlugin(quota: PersonRowQuota | null): ApolloServerPlugin<RequestContext> {
  if (!quota) return {};
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async didResolveOperation({ contextValue, operation, schema }) {
          key = quotaKey(contextValue.viewer, requestScope()?.ip ?? 'unknown');
          if (operation?.operation !== 'query' || personTypesIn(schema, operation, { possible: true }).length === 0) return;
          const grant = await quota.peek(key);
          if (grant.remaining <= 0) throw quotaSpent(grant);
        },
        async willSendResponse({ contextValue }) {
          const served = contextValue?.personRecords?.take() ?? 0;
          if (served === 0 || key === null) return;
          // The response is on its way: a store that fails now cannot take it back, so it is charged when it can be.
          await quota.take(key, served).catch(() => undefined);
        },
      };
    },
  };
}
