import { ConnectionValue } from '../../shared/relay/connection';

/** The page of a list whose parent has no key to look up (a workshop with no operator). */
export function emptyConnection<T>(): ConnectionValue<T> {
  return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
}
