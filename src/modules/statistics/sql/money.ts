/**
 * Exact money sums. SQLite keeps decimal(12,2) amounts as floating point, so
 * SUM(amount) can drift; summing whole fen is exact on both backends.
 * `SIGNED INTEGER` is a CAST type MySQL and MariaDB accept and that SQLite
 * reads as INTEGER affinity, so one spelling serves all three.
 */
export function fenSql(column: string): string {
  return `CAST(ROUND(${column} * 100) AS SIGNED INTEGER)`;
}

/** A whole number from the driver: a JS number (SQLite), a decimal string (MySQL SUM/COUNT), or null for an empty SUM. */
export function wholeNumber(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`expected a whole number from SQL, got ${value}`);
    return BigInt(value);
  }
  const text = String(value).trim();
  const match = /^(-?\d+)(?:\.0*)?$/.exec(text);
  if (!match) throw new Error(`expected a whole number from SQL, got "${text}"`);
  return BigInt(match[1]);
}

/** Fen as the Decimal scalar's yuan string, e.g. 125050n → "1250.50". */
export function yuanFromFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = abs % 100n;
  return `${negative ? '-' : ''}${yuan}.${cents.toString().padStart(2, '0')}`;
}
