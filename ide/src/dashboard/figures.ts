import { Indicator } from './indicators';
import type { Figures, ReportRow } from './report-query';

/**
 * One figure of a row as the viewer may see it. A suppressed figure is not
 * a number at all: it is shown as a mark, written as the mark in the CSV,
 * and left out of every chart (never drawn as 0).
 */
export type Cell = { kind: 'value'; value: number; text: string } | { kind: 'suppressed' } | { kind: 'missing' };

/**
 * The mark of a suppressed figure. Not "<5": a figure is also withheld when
 * it would let a small one be worked out, and such a figure may be large;
 * the two look alike on purpose (README, small-cell protection).
 */
export const SUPPRESSED_MARK = '*';

const COUNT_FORMAT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const MONEY_FORMAT = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function cellOf(row: ReportRow, field: string): Cell {
  const [object, name] = field.split('.');
  if (name === undefined) {
    const value = row[object];
    return typeof value === 'number' ? { kind: 'value', value, text: String(value) } : { kind: 'missing' };
  }
  const figures = row[object] as Figures | undefined;
  const value = figures?.[name];
  if (value === null || value === undefined) return figures?.suppressed?.includes(name) ? { kind: 'suppressed' } : { kind: 'missing' };
  // Money is a Decimal string ("2592.00"): kept as the API wrote it, for the CSV; a number for charts.
  return typeof value === 'string' ? { kind: 'value', value: Number(value), text: value } : { kind: 'value', value: value as number, text: String(value) };
}

/** As the table shows it: grouped digits, yuan with two decimals, the mark, or a dash when the server sent nothing. */
export function displayCell(cell: Cell, indicator: Pick<Indicator, 'money'>): string {
  if (cell.kind === 'suppressed') return SUPPRESSED_MARK;
  if (cell.kind === 'missing') return '—';
  return (indicator.money ? MONEY_FORMAT : COUNT_FORMAT).format(cell.value);
}

/** As a chart plots it: null (a gap, no bar) for anything not shown as a number. */
export function plotValue(cell: Cell): number | null {
  return cell.kind === 'value' ? cell.value : null;
}
