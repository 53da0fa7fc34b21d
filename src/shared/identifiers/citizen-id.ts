/**
 * Citizen ID number (公民身份号码, GB 11643-1999): normalisation, validation
 * and display masking. The normalised form is the cross-agency join key, so
 * every caller must go through `normalizeCitizenId` before comparing values.
 */

export type CitizenIdRule = 'FORMAT' | 'BIRTH_DATE' | 'REGION' | 'CHECK_DIGIT';

export type CitizenIdGender = 'MALE' | 'FEMALE';

export interface CitizenIdValid {
  ok: true;
  /** Normalised 18-character form (upper-case X, legacy 15-digit upgraded). */
  value: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  gender: CitizenIdGender;
  /** Six-digit GB/T 2260 address code at the time of issue, not the current residence. */
  regionCode: string;
}

export interface CitizenIdInvalid {
  ok: false;
  rule: CitizenIdRule;
  message: string;
}

export type CitizenIdResult = CitizenIdValid | CitizenIdInvalid;

export interface CitizenIdOptions {
  /**
   * Region lookup injected by the caller. It receives the birth date because
   * address codes are retired over time (e.g. 3712xx Laiwu) yet IDs issued
   * under them stay valid, so validity must be judged as of issue.
   */
  isKnownRegion?: (code6: string, birthDate: string) => boolean;
  /** Reference "today" for the future-birth-date check; injectable for tests. */
  today?: Date;
}

// 2^(18-i) mod 11 for i = 1..17 (ISO 7064 MOD 11-2).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Province-level GB/T 2260 prefixes, plus 81/82/83 used by Hong Kong, Macao
// and Taiwan residence permits.
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '81', '82', '83',
]);

const EARLIEST_BIRTH_DATE = '1900-01-01';

export function citizenIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('citizenIdCheckChar expects exactly 17 ASCII digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Best-effort canonical form. It never throws and never rejects: input that
 * cannot be normalised comes back trimmed so `validateCitizenId` can say why.
 */
export function normalizeCitizenId(input: string): string {
  const trimmed = input.trim().toUpperCase();
  // GB 11643-1989 IDs carry a 2-digit year and no check digit; the standard's
  // upgrade rule assumes the 1900s.
  if (/^\d{15}$/.test(trimmed)) {
    const first17 = `${trimmed.slice(0, 6)}19${trimmed.slice(6)}`;
    return first17 + citizenIdCheckChar(first17);
  }
  return trimmed;
}

export function validateCitizenId(input: string, options: CitizenIdOptions = {}): CitizenIdResult {
  const value = normalizeCitizenId(input);

  const formatProblem = describeFormatProblem(value);
  if (formatProblem) return fail('FORMAT', formatProblem);

  // Structural checks come before the checksum because they point at the
  // faulty part; a bare checksum failure only says "something is mistyped".
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const dateProblem = describeBirthDateProblem(birthDate, options.today ?? new Date());
  if (dateProblem) return fail('BIRTH_DATE', dateProblem);

  const regionCode = value.slice(0, 6);
  if (!PROVINCE_PREFIXES.has(regionCode.slice(0, 2))) {
    return fail('REGION', `Address code ${regionCode} does not start with a province-level code`);
  }
  if (options.isKnownRegion && !options.isKnownRegion(regionCode, birthDate)) {
    return fail('REGION', `Address code ${regionCode} is not a known region code for birth date ${birthDate}`);
  }

  const expected = citizenIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return fail('CHECK_DIGIT', `Check character is ${value[17]} but the first 17 digits require ${expected}`);
  }

  const gender: CitizenIdGender = Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, value, birthDate, gender, regionCode };
}

/**
 * The address code (first 6) and 12 stars: `370102************`. The birth
 * date (digits 7–14), the order code (15–17) and the check character stay
 * hidden, because the layer shows a person's birth year and gender: what is
 * left is the day of birth (365) times the order codes of that gender (500),
 * about 182,500 candidates, and showing the check character would cut that
 * by 11 (see "How masks are chosen" in the README). Anything not shaped like
 * an ID is fully masked so nothing leaks.
 */
export function maskCitizenId(id: string): string {
  const value = normalizeCitizenId(id);
  if (!/^\d{17}[\dX]$/.test(value)) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(12)}`;
}

function describeFormatProblem(value: string): string | null {
  if (value.length === 0) return 'Citizen ID number is empty';
  if (value.length !== 18) {
    return `Citizen ID number must have 18 characters (or 15 for a legacy number), got ${value.length}`;
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return 'Citizen ID number must be 17 digits followed by a digit or X';
  }
  return null;
}

function describeBirthDateProblem(birthDate: string, today: Date): string | null {
  const [year, month, day] = birthDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const isRealDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isRealDate) return `Birth date ${birthDate} is not a real calendar date`;
  if (birthDate < EARLIEST_BIRTH_DATE) return `Birth date ${birthDate} is before 1900`;
  if (birthDate > formatLocalDate(today)) return `Birth date ${birthDate} is in the future`;
  return null;
}

function formatLocalDate(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

function fail(rule: CitizenIdRule, message: string): CitizenIdInvalid {
  return { ok: false, rule, message };
}
