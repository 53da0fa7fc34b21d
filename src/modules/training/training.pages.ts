import { RequestContext } from '../../context';
import { ConnectionValue } from '../../shared/relay/connection';
import { PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { ChildListQuery, pagesByParent } from '../../shared/sql/page-query';

/**
 * A per-request loader of one child page per parent key, all parents in one
 * windowed statement. The registry key is the loader name plus `args`
 * (paging, order, filter), so sibling fields asking the same page share a
 * batch. Paging arguments are checked at once, so the error belongs to the
 * field that asked rather than to the whole batch.
 */
export function childPagesLoader<K extends string | number, R extends { rowId: number }>(
  ctx: RequestContext,
  name: string,
  args: object,
  paging: PagingArgs,
  query: ChildListQuery<R>,
) {
  pagingWindow(paging, query.ordering);
  return ctx.loaders.get<K, ConnectionValue<R>>(name, args, (keys) => pagesByParent(ctx.sources.hr, query, keys, paging));
}
