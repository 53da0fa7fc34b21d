import type { SourceName } from '../../src/config';
import type { ApiHarness } from './api';

/** A row as a driver returns it: snake_case columns, values as each backend gives them. */
export type Row = Record<string, any>;

/** The rows of a statement run straight on a source's database: what a test compares the API with. */
export function rows<T = Row>(api: ApiHarness, source: SourceName, sql: string, params: unknown[] = []): Promise<T[]> {
  return api.db.sources[source].query(sql, params);
}

/** The `id` column of a statement's rows, as numbers (MySQL and SQLite return ids as different types). */
export async function rowIds(api: ApiHarness, source: SourceName, sql: string, params: unknown[] = []): Promise<number[]> {
  return (await rows<{ id: unknown }>(api, source, sql, params)).map((r) => Number(r.id));
}

/** One column of rows. */
export const column = (list: Row[], name: string): Array<Row[string]> => list.map((r) => r[name]);

/** A DECIMAL column's value as the API prints amounts in yuan: two decimals. */
export const yuan = (value: unknown): string => Number(value).toFixed(2);

/** Rows grouped by a key, in their order. */
export function groupBy<T>(list: T[], key: (row: T) => string | number): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of list) {
    const k = String(key(row));
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}
