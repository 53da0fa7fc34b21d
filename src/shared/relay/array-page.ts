import { ConnectionValue } from './connection';
import { encodeCursor, Ordering, PagingArgs, pagingWindow } from './paging';

/**
 * A page of an in-memory list (reference data such as regions), with the
 * same cursors and rules as the SQL lists. `ordering` must name a single
 * unique property.
 */
export function pageOfArray<T extends object>(items: T[], ordering: Ordering, args: PagingArgs): ConnectionValue<T> {
  const window = pagingWindow(args, ordering);
  const property = ordering.columns[0].property as keyof T;
  const sorted = [...items].sort((a, b) => String(a[property]).localeCompare(String(b[property])));
  let slice: T[];
  let more: boolean;
  if (!window.backward) {
    const start = window.cursor ? sorted.findIndex((x) => String(x[property]) > String(window.cursor![0])) : 0;
    const rest = start < 0 ? [] : sorted.slice(start);
    slice = rest.slice(0, window.size);
    more = rest.length > window.size;
  } else {
    const before = window.cursor ? sorted.filter((x) => String(x[property]) < String(window.cursor![0])) : sorted;
    slice = before.slice(Math.max(0, before.length - window.size));
    more = before.length > window.size;
  }
  const edges = slice.map((node) => ({ cursor: encodeCursor(ordering, [node[property], node[property]]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backward ? window.hadCursor : more,
      hasPreviousPage: window.backward ? more : window.hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
