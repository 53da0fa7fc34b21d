/** What a masked parameter reads as in `extensions.sql` and in trace logs. */
export const MASKED = '[masked]';

/** Long enough to be a phone or an ID number (or a piece of one); no code this layer binds as a parameter is all digits and this long. */
const DIGITS_ONLY = /^\d{7,}$/;
/** GB 11643 ID numbers (18 with check character, or the old 15) and anything shaped like one, whatever its check digit. */
const ID_NUMBER_SHAPE = /\d{14,17}[\dXx]/;
/** Mobile numbers, also inside a longer string (`+86 138…`, `%1381234%`). */
const PHONE_INSIDE = /1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}/;

/**
 * Strings shown as they are: they cannot be about a natural person.
 * Dates (periods, validity), enum tokens, short numeric codes (region
 * codes, years), and codes that carry letters and digits such as USCCs,
 * cohort codes and ICH item keys (`NATIONAL:Ⅷ-91:371581`).
 */
const SAFE_STRINGS = [
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^[A-Z][A-Z0-9_]*$/,
  /^\d{1,6}$/,
  /^(?=.*[A-Z])(?=.*\d)[0-9A-Z:.\-Ⅰ-Ⅻ]{4,40}$/,
];

/**
 * One SQL parameter as it may be shown to a developer. The statements of a
 * request carry values the caller never sent (the ID numbers of the persons
 * a page showed, used to look up their inheritor records in the culture
 * source), so the rule is an allow-list by shape: numbers, booleans, null,
 * dates, enum tokens, short numeric codes and letter-and-digit codes are
 * shown; every other string (names, ID numbers, phones, free text, LIKE
 * patterns) and every binary value is masked. A mask tells the type and
 * length only.
 */
export function maskParameter(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? MASKED : value.toISOString();
  if (typeof value === 'string') {
    if (DIGITS_ONLY.test(value) || ID_NUMBER_SHAPE.test(value) || PHONE_INSIDE.test(value)) return MASKED;
    return SAFE_STRINGS.some((shape) => shape.test(value)) ? value : MASKED;
  }
  return MASKED;
}

export function maskParameters(values: readonly unknown[] | undefined): unknown[] {
  return (values ?? []).map(maskParameter);
}
