import { Ordering, requireCursorRowId, Window } from '../relay/paging';
import { SqlFilter } from './filter';

function allColumns(ordering: Ordering, idColumn: string) {
  return [...ordering.columns, { column: idColumn, property: 'rowId', direction: 'ASC' as const }];
}

/** ORDER BY for a window: reversed when paging backward. */
export function orderBySql(ordering: Ordering, idColumn: string, backward: boolean): string {
  return allColumns(ordering, idColumn)
    .map(({ column, direction }) => `${column} ${(direction === 'ASC') !== backward ? 'ASC' : 'DESC'}`)
    .join(', ');
}

/**
 * The rows strictly after (or before) the cursor in the ordering: an OR of
 * prefixes, which works for mixed directions and stays correct when rows are
 * inserted between two page requests.
 */
export function keysetFilter(ordering: Ordering, idColumn: string, window: Window): SqlFilter {
  const filter = new SqlFilter();
  if (!window.cursor) return filter;
  requireCursorRowId(window);
  const columns = allColumns(ordering, idColumn);
  const alternatives: string[] = [];
  const params: unknown[] = [];
  columns.forEach((col, i) => {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      parts.push(`${columns[j].column} = ?`);
      params.push(window.cursor![j]);
    }
    const forward = (col.direction === 'ASC') !== window.backward;
    parts.push(`${col.column} ${forward ? '>' : '<'} ?`);
    params.push(window.cursor![i]);
    alternatives.push(`(${parts.join(' AND ')})`);
  });
  return filter.add(alternatives.join(' OR '), ...params);
}

/** The cursor values of a record: its ordering values, then its row id. */
export function cursorValues(ordering: Ordering, record: Record<string, unknown>): unknown[] {
  return [...ordering.columns.map((c) => record[c.property]), record.rowId];
}
