/**
 * Mainland China mobile numbers: 11 digits starting 1[3-9]. Landlines and
 * foreign numbers are out of scope on purpose; they are not join keys.
 */

export type MobilePhoneRule = 'FORMAT' | 'PREFIX';

export type MobilePhoneResult =
  | { ok: true; value: string }
  | { ok: false; rule: MobilePhoneRule; message: string };

/**
 * Strips separators people type ("138 0013 8000", "138-0013-8000") and the
 * +86 / 0086 country prefix, so stored numbers compare equal.
 */
export function normalizeMobilePhone(input: string): string {
  const compact = input.trim().replace(/[\s\-()]/g, '');
  return compact.replace(/^(?:\+86|0086|86(?=1\d{10}$))/, '');
}

export function validateMobilePhone(input: string): MobilePhoneResult {
  const value = normalizeMobilePhone(input);
  if (value.length === 0) return { ok: false, rule: 'FORMAT', message: 'Phone number is empty' };
  if (!/^\d{11}$/.test(value)) {
    return { ok: false, rule: 'FORMAT', message: 'Mobile phone number must be exactly 11 digits' };
  }
  if (!/^1[3-9]/.test(value)) {
    return { ok: false, rule: 'PREFIX', message: 'Mobile phone number must start with 13–19' };
  }
  return { ok: true, value };
}

/**
 * The network prefix (first 3) and 8 stars: `138********`. Digits 4–7 name the
 * number block, which public tables tie to a city, and the layer shows where a
 * person lives, so they are nearly known; only the last four are evenly spread,
 * and they alone make the 10,000 guesses a mask must leave. Anything that is
 * not a valid mobile is fully masked so nothing leaks.
 */
export function maskPhone(phone: string): string {
  const result = validateMobilePhone(phone);
  if (!result.ok) return '*'.repeat(normalizeMobilePhone(phone).length);
  return `${result.value.slice(0, 3)}${'*'.repeat(8)}`;
}
