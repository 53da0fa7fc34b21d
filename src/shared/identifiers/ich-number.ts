/**
 * ICH item numbers (项目编号, e.g. Ⅷ-91) and the level-qualified cross-source
 * item key. Sources mix Unicode and ASCII Roman numerals and every dash
 * Unicode offers, so matching only works on the canonical form built here.
 */

export type IchNumberRule = 'FORMAT' | 'CATEGORY' | 'SEQUENCE';
export type IchItemKeyRule = IchNumberRule | 'LEVEL' | 'AREA_CODE';

export type IchCategory = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export type IchLevel = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL' | 'COUNTY';

export type IchNumberResult =
  | { ok: true; value: string; category: IchCategory; sequence: number }
  | { ok: false; rule: IchNumberRule; message: string };

export type IchItemKeyResult =
  | { ok: true; value: string; level: IchLevel; number: string; areaCode: string }
  | { ok: false; rule: IchItemKeyRule; message: string };

export const ICH_LEVELS: readonly IchLevel[] = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'];

const LEVEL_ALIASES: Readonly<Record<string, IchLevel>> = {
  国家级: 'NATIONAL',
  省级: 'PROVINCIAL',
  市级: 'MUNICIPAL',
  县级: 'COUNTY',
};

const ROMAN_VALUES: Readonly<Record<string, IchCategory>> = {
  I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10,
};

// Hyphen-minus, the U+2010–U+2015 hyphens and dashes, minus sign, two- and
// three-em dashes, small and full-width hyphen-minus. A run of dashes and
// spaces ("——", "‑‑", " - ") counts as one separator.
const SEPARATOR = '[\\s\\-\\u2010-\\u2015\\u2212\\u2E3A\\u2E3B\\uFE58\\uFE63\\uFF0D]+';
const ROMAN_NUMBER = new RegExp(`^([IVX]+)${SEPARATOR}(\\d+)$`);
const ARABIC_NUMBER = new RegExp(`^(\\d+)${SEPARATOR}(\\d+)$`);
// Real sequences stay in the hundreds; the cap keeps Number() exact and
// rejects pasted serials.
const MAX_NUMBER_DIGITS = 4;

/**
 * Canonical national-style number: Unicode upper-case Roman numeral (U+2160
 * block) for categories 1–10, one ASCII hyphen, sequence without zero padding.
 */
export function normalizeIchNumber(input: string): IchNumberResult {
  // NFKC folds Ⅶ/ⅶ to "VII"/"vii", full-width letters and digits to ASCII,
  // which leaves only case and dash variety to deal with.
  const folded = input.normalize('NFKC').trim().toUpperCase();
  if (folded.length === 0) return { ok: false, rule: 'FORMAT', message: 'ICH item number is empty' };

  const match = ROMAN_NUMBER.exec(folded);
  if (!match) {
    return {
      ok: false,
      rule: 'FORMAT',
      message: `"${input}" is not an ICH item number: expected a Roman-numeral category, a dash and a sequence number, e.g. Ⅷ-91`,
    };
  }
  const category = ROMAN_VALUES[match[1]];
  if (category === undefined) {
    return {
      ok: false,
      rule: 'CATEGORY',
      message: `Category "${match[1]}" is not a Roman numeral between I and X`,
    };
  }
  const sequence = parsePositive(match[2]);
  if (!sequence.ok) return { ok: false, rule: 'SEQUENCE', message: `Sequence number ${sequence.message}` };
  return { ok: true, value: `${romanGlyph(category)}-${sequence.value}`, category, sequence: sequence.value };
}

/** Category 1–10 of a national-style number in any accepted spelling, or null when it does not parse. */
export function ichCategoryOfNumber(number: string): IchCategory | null {
  const result = normalizeIchNumber(number);
  return result.ok ? result.category : null;
}

/**
 * Builds `LEVEL:number:area`. National numbers must be Roman-style;
 * provincial and lower lists use their own schemes (Jinan "02-1", Qingdao
 * "1-1"), so there an Arabic category is kept as Arabic, only unpadded.
 * The number alone is not unique (extensions reuse it), hence the area code.
 */
export function ichItemKey(level: string, number: string, areaCode: string): IchItemKeyResult {
  const parsedLevel = parseLevel(level);
  if (!parsedLevel) {
    return { ok: false, rule: 'LEVEL', message: `Level "${level}" must be one of ${ICH_LEVELS.join(', ')}` };
  }

  const area = areaCode.normalize('NFKC').trim();
  if (!/^\d{6}$/.test(area)) {
    return { ok: false, rule: 'AREA_CODE', message: `Area code "${areaCode}" must be a 6-digit GB/T 2260 code` };
  }

  const normalisedNumber = normalizeNumberForLevel(parsedLevel, number);
  if (!normalisedNumber.ok) return normalisedNumber;

  return {
    ok: true,
    value: `${parsedLevel}:${normalisedNumber.value}:${area}`,
    level: parsedLevel,
    number: normalisedNumber.value,
    areaCode: area,
  };
}

/** Accepts any spelling of a key (case, dashes, numerals, full-width colons) and returns its canonical parts. */
export function parseIchItemKey(key: string): IchItemKeyResult {
  const parts = key.normalize('NFKC').split(':');
  if (parts.length !== 3) {
    return { ok: false, rule: 'FORMAT', message: `"${key}" is not an ICH item key: expected LEVEL:number:areaCode` };
  }
  return ichItemKey(parts[0], parts[1], parts[2]);
}

function normalizeNumberForLevel(
  level: IchLevel,
  number: string,
): { ok: true; value: string } | { ok: false; rule: IchNumberRule; message: string } {
  const roman = normalizeIchNumber(number);
  if (roman.ok || level === 'NATIONAL' || roman.rule !== 'FORMAT') return roman;

  const arabic = ARABIC_NUMBER.exec(number.normalize('NFKC').trim());
  if (!arabic) {
    return {
      ok: false,
      rule: 'FORMAT',
      message: `"${number}" is not an ICH item number: expected e.g. Ⅰ-1 or 02-1`,
    };
  }
  const category = parsePositive(arabic[1]);
  if (!category.ok) return { ok: false, rule: 'CATEGORY', message: `Category number ${category.message}` };
  const sequence = parsePositive(arabic[2]);
  if (!sequence.ok) return { ok: false, rule: 'SEQUENCE', message: `Sequence number ${sequence.message}` };
  return { ok: true, value: `${category.value}-${sequence.value}` };
}

function parsePositive(digits: string): { ok: true; value: number } | { ok: false; message: string } {
  const significant = digits.replace(/^0+/, '');
  if (significant.length === 0) return { ok: false, message: 'must be at least 1' };
  if (significant.length > MAX_NUMBER_DIGITS) {
    return { ok: false, message: `${digits} has more than ${MAX_NUMBER_DIGITS} digits` };
  }
  return { ok: true, value: Number(significant) };
}

function parseLevel(level: string): IchLevel | null {
  const trimmed = level.trim();
  const upper = trimmed.toUpperCase();
  if ((ICH_LEVELS as readonly string[]).includes(upper)) return upper as IchLevel;
  return LEVEL_ALIASES[trimmed] ?? null;
}

function romanGlyph(category: IchCategory): string {
  return String.fromCodePoint(0x2160 + category - 1);
}
