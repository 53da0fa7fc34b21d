import { wholeNumber } from './sql/money';

/** Additive figures by name: counts, and money in whole fen. Bigints, so sums of fen stay exact. */
export type Tally = Record<string, bigint>;

/** Adds the named columns of an SQL row (numbers, decimal strings or null) into a tally. */
export function addRow(target: Tally, row: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) target[name] = (target[name] ?? 0n) + wholeNumber(row[name]);
}

export function addTally(target: Tally, source: Tally): void {
  for (const [name, value] of Object.entries(source)) target[name] = (target[name] ?? 0n) + value;
}

export function isZero(tally: Tally): boolean {
  return Object.values(tally).every((v) => v === 0n);
}

/** A count for a GraphQL Int field; zero when nothing was tallied. */
export function countOf(tally: Tally, name: string): number {
  return Number(tally[name] ?? 0n);
}
