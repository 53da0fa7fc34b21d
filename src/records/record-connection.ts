import { ConnectionValue, PageInfo } from '../shared/relay/connection';
import { encodeCursor, Ordering, Window } from '../shared/relay/paging';

/** The cursor values of a record: its ordering values, then its row id. */
export function cursorValues(ordering: Ordering, record: Record<string, unknown>): unknown[] {
  return [...ordering.columns.map((c) => record[c.property]), record.rowId];
}

/** A Relay connection over one page of records; `totalCount` runs its count only when read. */
export function connectionOf<R extends object>(rows: R[], ordering: Ordering, window: Window, more: boolean, count: () => Promise<number>): ConnectionValue<R> {
  if (window.backward) rows.reverse();
  const edges = rows.map((node) => ({ cursor: encodeCursor(ordering, cursorValues(ordering, node as Record<string, unknown>)), node }));
  const pageInfo: PageInfo = {
    hasNextPage: window.backward ? window.hadCursor : more,
    hasPreviousPage: window.backward ? more : window.hadCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** The rows of a windowed statement (`__parent`, `__rn`) as one page per parent key, and whether more follow. */
export function windowRows(raw: Array<Record<string, unknown>>, size: number): Map<string, { rows: Array<Record<string, unknown>>; more: boolean }> {
  const pages = new Map<string, { rows: Array<Record<string, unknown>>; more: boolean }>();
  raw.sort((a, b) => Number(a.__rn) - Number(b.__rn));
  for (const row of raw) {
    const parent = String(row.__parent);
    let page = pages.get(parent);
    if (!page) pages.set(parent, (page = { rows: [], more: false }));
    if (Number(row.__rn) > size) page.more = true;
    else page.rows.push(row);
  }
  return pages;
}
