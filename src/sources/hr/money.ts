import { ColumnOptions } from 'typeorm';

/**
 * Options for a `decimal(12,2)` yuan amount. SQLite stores such a column with
 * NUMERIC affinity and hands back a JS number (12.5), MySQL a string ("12.50");
 * the transformer makes both the two-decimal string the data model promises.
 * Twelve significant digits stay exact in a double, so the round trip is safe.
 */
export function moneyColumn(): ColumnOptions {
  return {
    type: 'decimal',
    precision: 12,
    scale: 2,
    transformer: {
      to: (value: string | null | undefined) => value,
      from: (value: string | number | null) => (typeof value === 'number' ? value.toFixed(2) : value),
    },
  };
}
