/** Business dates as day numbers since 1970-01-01 (UTC), so arithmetic never meets a time zone. */
const MS_PER_DAY = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function compactDate(day: number): string {
  return isoDate(day).replace(/-/g, '');
}

export function yearOf(day: number): number {
  return Number(isoDate(day).slice(0, 4));
}
