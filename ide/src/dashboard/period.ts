/**
 * Reporting periods as the API takes them (PeriodInput): calendar months,
 * quarters and years in China Standard Time, whatever the browser's zone.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4; null for a year. */
  number: number | null;
}

export const PERIOD_KINDS: ReadonlyArray<{ kind: PeriodKind; label: string }> = [
  { kind: 'MONTH', label: '月度 Month' },
  { kind: 'QUARTER', label: '季度 Quarter' },
  { kind: 'YEAR', label: '年度 Year' },
];

/** How many periods the "over periods" chart shows, ending at the chosen one: a year of months, two years of quarters, five years. */
export const TREND_LENGTH: Record<PeriodKind, number> = { MONTH: 12, QUARTER: 8, YEAR: 5 };

const CST_OFFSET_MS = 8 * 3600 * 1000;

export function periodsPerYear(kind: PeriodKind): number {
  return kind === 'MONTH' ? 12 : kind === 'QUARTER' ? 4 : 1;
}

/** Today's year and month in China Standard Time. */
function todayInChina(now: Date): { year: number; month: number } {
  const china = new Date(now.getTime() + CST_OFFSET_MS);
  return { year: china.getUTCFullYear(), month: china.getUTCMonth() + 1 };
}

/** This year in China Standard Time: the latest year the period picker offers. */
export function yearInChina(now = new Date()): number {
  return todayInChina(now).year;
}

/** The period `steps` periods after (negative: before) this one. */
export function shiftPeriod(period: Period, steps: number): Period {
  if (period.kind === 'YEAR') return { ...period, year: period.year + steps };
  const per = periodsPerYear(period.kind);
  const index = period.year * per + (period.number! - 1) + steps;
  return { kind: period.kind, year: Math.floor(index / per), number: (index % per) + 1 };
}

/** The last period of this kind that has ended, in China Standard Time. */
export function lastCompletePeriod(kind: PeriodKind, now = new Date()): Period {
  const { year, month } = todayInChina(now);
  if (kind === 'YEAR') return { kind, year: year - 1, number: null };
  const current: Period = { kind, year, number: kind === 'MONTH' ? month : Math.ceil(month / 3) };
  return shiftPeriod(current, -1);
}

/** What the page opens with: the last quarter that has ended, the dispatch's usual rhythm. */
export function defaultPeriod(now = new Date()): Period {
  return lastCompletePeriod('QUARTER', now);
}

/** The `count` periods ending at this one, oldest first. */
export function periodsEndingAt(period: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(period, i - count + 1));
}

/** As the API labels it (ReportPeriod.label): 2025年第2季度, 2025年6月, 2025年. */
export function periodLabel(period: Period): string {
  if (period.kind === 'YEAR') return `${period.year}年`;
  return period.kind === 'MONTH' ? `${period.year}年${period.number}月` : `${period.year}年第${period.number}季度`;
}

/** Short, for axis labels and file names: 2025-Q2, 2025-06, 2025. */
export function periodCode(period: Period): string {
  if (period.kind === 'YEAR') return String(period.year);
  return period.kind === 'MONTH' ? `${period.year}-${String(period.number).padStart(2, '0')}` : `${period.year}-Q${period.number}`;
}

/** The same period moved to another kind, keeping where it falls in the year (Q2 → June's quarter → …). */
export function withKind(period: Period, kind: PeriodKind): Period {
  if (kind === period.kind) return period;
  const month = period.kind === 'YEAR' ? 12 : period.kind === 'MONTH' ? period.number! : period.number! * 3;
  if (kind === 'YEAR') return { kind, year: period.year, number: null };
  return { kind, year: period.year, number: kind === 'MONTH' ? month : Math.ceil(month / 3) };
}

export function isValidPeriod(period: Period): boolean {
  if (!Number.isInteger(period.year) || period.year < 1949 || period.year > 2100) return false;
  if (period.kind === 'YEAR') return period.number === null;
  return Number.isInteger(period.number) && period.number! >= 1 && period.number! <= periodsPerYear(period.kind);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year && a.number === b.number;
}
