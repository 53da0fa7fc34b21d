import { badInput } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface OrderColumn {
  /** SQL expression, e.g. `t.name`. */
  column: string;
  /** Record property the cursor reads the value from. */
  property: string;
  direction: 'ASC' | 'DESC';
}

/** One orderBy choice; `key` is written into cursors so a cursor is never reused under another order. */
export interface Ordering {
  key: string;
  columns: OrderColumn[];
}

export interface Window {
  size: number;
  backward: boolean;
  /** Values of the ordering columns and the row id, from the cursor. */
  cursor: unknown[] | null;
  hadCursor: boolean;
}

export function encodeCursor(ordering: Ordering, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: ordering.key, v: values }), 'utf8').toString('base64url');
}

function decodeCursor(argument: string, cursor: string, ordering: Ordering): unknown[] {
  let parsed: { o?: unknown; v?: unknown } | null = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.v) || parsed.v.length !== ordering.columns.length + 1) {
    throw badInput(argument, `"${cursor}" is not a cursor issued by this list`);
  }
  if (parsed.o !== ordering.key) {
    throw badInput(argument, `the cursor was issued for orderBy ${String(parsed.o)}, not ${ordering.key}; start again without it`);
  }
  return parsed.v;
}

function pageSize(argument: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw badInput(argument, `must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${value}`);
  if (value > MAX_PAGE_SIZE) throw badInput(argument, `must be at most ${MAX_PAGE_SIZE}, got ${value}; page with the cursor instead`);
  return value;
}

/** Validates Relay arguments once, for any list. */
export function pagingWindow(args: PagingArgs, ordering: Ordering, prefix = ''): Window {
  const first = pageSize(`${prefix}first`, args.first);
  const last = pageSize(`${prefix}last`, args.last);
  if (first !== null && last !== null) throw badInput(`${prefix}last`, 'give first (with after) or last (with before), not both');
  if (args.after && args.before) throw badInput(`${prefix}before`, 'give after or before, not both');
  if (last !== null || (args.before && first === null)) {
    if (args.after) throw badInput(`${prefix}after`, 'after goes with first; use before with last');
    return {
      size: last ?? DEFAULT_PAGE_SIZE,
      backward: true,
      cursor: args.before ? decodeCursor(`${prefix}before`, args.before, ordering) : null,
      hadCursor: !!args.before,
    };
  }
  if (args.before) throw badInput(`${prefix}before`, 'before goes with last; use after with first');
  return {
    size: first ?? DEFAULT_PAGE_SIZE,
    backward: false,
    cursor: args.after ? decodeCursor(`${prefix}after`, args.after, ordering) : null,
    hadCursor: !!args.after,
  };
}
