import { citizenIdCheckChar, ichItemKey, orgCodeCheckChar, usccCheckChar } from '../../../src/shared/identifiers';

/**
 * Valid identifiers for built rows, the n-th of each kind, chosen so that
 * they never meet the seeded data set's: the seed's persons are born from
 * 1961 on, its organisation codes are MA followed by small numbers, and its
 * ICH items carry real numbers (below 5000).
 */

const BUILT_BIRTHS_FROM = Date.UTC(1950, 0, 1);
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ'];

/** The n-th built person's birth date: one day each from 1950-01-01, before anyone the seed makes. */
export function builtBirthDate(n: number): string {
  return new Date(BUILT_BIRTHS_FROM + n * 86_400_000).toISOString().slice(0, 10);
}

/** A GB 11643 number issued in `region`, with the birth date, an order code of the gender's parity and its check character. */
export function citizenIdOf(region: string, birthDate: string, gender: 'MALE' | 'FEMALE', order: number): string {
  const code = (order * 2) % 1000 + (gender === 'MALE' ? 1 : 0);
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(code).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

/** USCC registration-type prefixes (GB 32100) of the directory's organisation types. */
export const USCC_PREFIX: Record<string, string> = {
  ENTERPRISE: '91',
  INDIVIDUAL_BUSINESS: '92',
  FARMERS_COOPERATIVE: '93',
  PUBLIC_INSTITUTION: '12',
  SOCIAL_ORGANIZATION: '52',
  OTHER: '91',
};

/** The n-th built USCC: its organisation code is MA and six symbols far above the seed's, both check characters right. */
export function usccOf(n: number, region = '370102', prefix = '91'): string {
  let rest = 30 * 31 ** 5 + n;
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = USCC_CHARS[rest % 31] + tail;
    rest = Math.floor(rest / 31);
  }
  const orgCode = `MA${tail}`;
  const first17 = `${prefix}${region}${orgCode}${orgCodeCheckChar(orgCode)}`;
  return first17 + usccCheckChar(first17);
}

/** The n-th built ICH item number in a category (1–10): Ⅷ-5001 and on, above every real number. */
export function ichNumberOf(n: number, category: number): string {
  return `${ROMAN[category - 1]}-${5000 + (n % 5000)}`;
}

/** The canonical item key (level, number, area), as the read side normalises it. */
export function itemKeyOf(level: string, number: string, areaCode: string): string {
  const key = ichItemKey(level, number, areaCode);
  if (!key.ok) throw new Error(`builder: no item key for ${level} ${number} ${areaCode}: ${key.message}`);
  return key.value;
}

/** A valid number whose check character is X (one in eleven is), for the spellings tests: lower-case x, 15-digit upgrades. */
export function citizenIdEndingInX(region: string, birthDate: string, gender: 'MALE' | 'FEMALE'): string {
  for (let order = 0; order < 500; order++) {
    const id = citizenIdOf(region, birthDate, gender, order);
    if (id.endsWith('X')) return id;
  }
  throw new Error(`no ID number ending in X for ${region} ${birthDate}`);
}
