import { RequestContext } from '../../context';
import { personAggregateScope, PersonLink } from '../../auth/person-scope';
import { SqlFilter } from '../../shared/sql/filter';

/**
 * Counts and sums are published figures: every role sees them (PUBLIC
 * included), and only a region-limited viewer's figures stop at its region.
 * Unlike the lists, no viewer's figures drop persons it may not read.
 */
export function aggregateScoped(ctx: RequestContext, filter: SqlFilter, link: PersonLink): SqlFilter {
  const scope = personAggregateScope(ctx, link);
  return scope ? new SqlFilter().merge(filter).merge(scope) : filter;
}
