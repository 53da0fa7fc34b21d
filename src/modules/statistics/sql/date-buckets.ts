/**
 * Calendar buckets of a DATE column that read the same on SQLite (dates are
 * 'YYYY-MM-DD' text) and MySQL/MariaDB (DATE, whose CAST to CHAR is the same
 * ISO text). Business dates carry no time zone, so these are calendar
 * periods in China Standard Time as recorded.
 */
export function dayText(column: string): string {
  return `CAST(${column} AS CHAR)`;
}

/** 'YYYY'. */
export function yearSql(column: string): string {
  return `SUBSTR(${dayText(column)}, 1, 4)`;
}

/** 'YYYY-MM'. */
export function monthSql(column: string): string {
  return `SUBSTR(${dayText(column)}, 1, 7)`;
}

/** 1–4, by comparing the two-digit month as text: no integer division, which the two dialects spell differently. */
export function quarterSql(column: string): string {
  const month = `SUBSTR(${dayText(column)}, 6, 2)`;
  return `CASE WHEN ${month} <= '03' THEN 1 WHEN ${month} <= '06' THEN 2 WHEN ${month} <= '09' THEN 3 ELSE 4 END`;
}
