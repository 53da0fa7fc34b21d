import { badInput } from '../../shared/errors';
import { PeriodInput, PeriodKindEnum } from './period.inputs';

export type PeriodKind = keyof typeof PeriodKindEnum;

/** A reporting period as inclusive business dates; every DATE on from…to belongs to it. */
export interface Period {
  kind: PeriodKind;
  year: number;
  number: number | null;
  from: string;
  to: string;
  label: string;
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a PeriodInput and turns it into dates; errors name `<argument>.year` or `<argument>.number`. */
export function reportPeriod(input: PeriodInput, argument = 'period'): Period {
  const { kind, year } = input;
  const number = input.number ?? null;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw badInput(`${argument}.year`, `must be a calendar year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`);
  }
  if (kind === 'YEAR') {
    if (number !== null) throw badInput(`${argument}.number`, `a YEAR period takes no number, got ${number}`);
    return { kind, year, number, from: isoDay(year, 1, 1), to: isoDay(year, 12, 31), label: `${year}年` };
  }
  const max = kind === 'MONTH' ? 12 : 4;
  if (number === null || !Number.isInteger(number) || number < 1 || number > max) {
    throw badInput(`${argument}.number`, `a ${kind} period needs a number from 1 to ${max}, got ${number}`);
  }
  const firstMonth = kind === 'MONTH' ? number : (number - 1) * 3 + 1;
  const lastMonth = kind === 'MONTH' ? number : firstMonth + 2;
  return {
    kind,
    year,
    number,
    from: isoDay(year, firstMonth, 1),
    to: isoDay(year, lastMonth, lastDayOfMonth(year, lastMonth)),
    label: kind === 'MONTH' ? `${year}年${number}月` : `${year}年第${number}季度`,
  };
}
