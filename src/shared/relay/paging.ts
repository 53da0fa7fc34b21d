import { badInput } from '../errors';
import { MAX_TEXT_ARGUMENT_LENGTH } from '../filters/text-limits';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Longest cursor, as any text argument of a query: what this layer issues is far shorter. */
const MAX_CURSOR_LENGTH = MAX_TEXT_ARGUMENT_LENGTH;
/** Longest text value inside a cursor: an ordering column (a name, a title) is at most 200 characters. */
const MAX_CURSOR_TEXT = 500;

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
  /** The argument the cursor came from (`after`, `before`, with any prefix), for errors found later. */
  cursorArgument: string;
}

export function encodeCursor(ordering: Ordering, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: ordering.key, v: values }), 'utf8').toString('base64url');
}

/**
 * A value the cursor may carry: what encodeCursor writes from a record
 * (text, a number, or null for an empty nullable column). Anything else
 * (1e309 parses to Infinity, objects, booleans, huge strings) never came
 * from this layer, and would reach SQL as a parameter no column compares to.
 */
function cursorValueProblem(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return [...value].length <= MAX_CURSOR_TEXT ? null : `holds a text of ${[...value].length} characters`;
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? null : `holds the number ${value}, out of range`;
  return `holds ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`}`;
}

function decodeCursor(argument: string, cursor: string, ordering: Ordering): unknown[] {
  if (cursor.length > MAX_CURSOR_LENGTH) throw badInput(argument, `a cursor is at most ${MAX_CURSOR_LENGTH} characters; this one has ${cursor.length}`);
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
  for (const value of parsed.v) {
    const problem = cursorValueProblem(value);
    if (problem) throw badInput(argument, `the cursor ${problem}, which no list issues; start again without it`);
  }
  return parsed.v;
}

/** The row id a keyset cursor ends with must be one: a positive whole number. */
export function requireCursorRowId(window: Window): void {
  const rowId = window.cursor?.[window.cursor.length - 1];
  if (window.cursor && !(Number.isSafeInteger(rowId) && (rowId as number) > 0)) {
    throw badInput(window.cursorArgument, 'the cursor does not end with a row id, so no list issued it; start again without it');
  }
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
      cursorArgument: `${prefix}before`,
    };
  }
  if (args.before) throw badInput(`${prefix}before`, 'before goes with last; use after with first');
  return {
    size: first ?? DEFAULT_PAGE_SIZE,
    backward: false,
    cursor: args.after ? decodeCursor(`${prefix}after`, args.after, ordering) : null,
    hadCursor: !!args.after,
    cursorArgument: `${prefix}after`,
  };
}
