import { badInput } from '../../../shared/errors';

/**
 * Filters a viewer without person:read may put on published counts of
 * persons. Two answers whose date ranges differ by a day differ by the
 * persons of that day, whatever each answer suppresses, so ranges must
 * cover whole calendar months; filters that name a single record (a
 * certificate number) or narrow amounts to a band would single persons out
 * the same way.
 */
export function requireWholeMonths(filterArgument: string, fromField: string, from: string | null | undefined, toField: string, to: string | null | undefined): void {
  if (from && !from.endsWith('-01')) {
    throw badInput(`${filterArgument}.${fromField}`, `published figures cover whole calendar months: give the first day of a month (e.g. ${from.slice(0, 8)}01), got ${from}`);
  }
  if (to && to !== lastDayOfMonth(to)) {
    throw badInput(`${filterArgument}.${toField}`, `published figures cover whole calendar months: give the last day of a month (e.g. ${lastDayOfMonth(to)}), got ${to}`);
  }
}

/** Refuses a filter field that would single persons out of published figures. */
export function refuseNarrowing(filterArgument: string, field: string, value: unknown, why: string): void {
  if (value !== null && value !== undefined) throw badInput(`${filterArgument}.${field}`, `not available for published figures (${why}); it needs person:read`);
}

function lastDayOfMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day.slice(0, 8)}${String(last).padStart(2, '0')}`;
}
