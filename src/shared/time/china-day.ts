/**
 * The one clock of the agencies' calendar. Business dates have no time zone,
 * so "today" means the day in Shandong, not in UTC; China Standard Time is
 * UTC+8 all year (no daylight saving), so the day is plain arithmetic.
 */
const CST_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The calendar day in China Standard Time, as YYYY-MM-DD. */
export function chinaDate(now: Date = new Date()): string {
  return new Date(now.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the China Standard Time day of `now` ends (00:00 CST of the next day = 16:00 UTC). */
export function chinaDayEnd(now: Date = new Date()): Date {
  const local = now.getTime() + CST_OFFSET_MS;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS + DAY_MS - CST_OFFSET_MS);
}
