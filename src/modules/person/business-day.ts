/**
 * Today's calendar date in China Standard Time, YYYY-MM-DD: business dates
 * have no time zone, so "as of today" means the day in Shandong, not in UTC.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
