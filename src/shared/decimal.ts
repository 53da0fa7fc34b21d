/**
 * Amounts of yuan: `decimal(12,2)` columns, never negative, so at most ten
 * whole digits and two decimals. The Decimal scalar and the filing and
 * import field readers accept exactly this, so what a client or a file may
 * send is what a column can hold.
 */
export const YUAN_AMOUNT = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

export const YUAN_AMOUNT_HINT = 'an amount in yuan, 0 to 9999999999.99 with at most two decimals, such as "1250.50"';

function cents(amount: string): bigint {
  const [whole, frac = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
}

/** Compares two non-negative decimal strings exactly. */
export function compareDecimal(a: string, b: string): number {
  const d = cents(a) - cents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** a × b for a yuan amount and a whole number, as a two-decimal string. */
export function multiplyDecimal(amount: string, factor: number): string {
  const product = cents(amount) * BigInt(factor);
  return `${product / 100n}.${String(product % 100n).padStart(2, '0')}`;
}
