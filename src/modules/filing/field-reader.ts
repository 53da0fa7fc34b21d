import { normalizeMobilePhone, parseIchItemKey, validateCitizenId, validateMobilePhone, validateUscc } from '../../shared/identifiers';
import { fromGlobalId } from '../../shared/relay/global-id';
import { enumValueForWord } from './enum-words';
import { FilingEnv, inScope, outOfScopeMessage, regionLabel } from './filing.env';
import { FilingProblemCode, Problems } from './filing.problems';

type Options = { required?: boolean };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^(\d{1,10})(?:\.(\d{1,2}))?$/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是', '合格', '通过']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否', '不合格', '未通过']);

/**
 * Characters no filed text may hold: C0 controls (tab and line breaks too),
 * DEL and C1 controls, the line and paragraph separators, and every
 * bidirectional formatting character of UAX #9 (embeddings, overrides,
 * isolates and the implicit marks). No field of a filing is multi-line, so
 * a line break is as wrong as a NUL; and a bidi override makes a name or
 * code display differently from what it is (a USCC that reads right but
 * matches nothing, a name that spoofs another). The invisible format
 * characters do the same without showing at all: zero-width space, (non-)
 * joiners, word joiner, the invisible operators and a byte-order mark
 * inside a value (U+200B–U+200D, U+2060–U+2064, U+FEFF).
 */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const BIDI_MARKS = new Set([0x061c, 0x200e, 0x200f]);

/** The first unsafe character of a text, by code point position (1-based), or null. */
export function unsafeCharacter(text: string): { position: number; codePoint: string; kind: string } | null {
  const match = UNSAFE_CHARACTER.exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0)!;
  const kind =
    code <= 0x9f
      ? 'control character'
      : code === 0x2028 || code === 0x2029
        ? 'line separator'
        : (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || BIDI_MARKS.has(code)
          ? 'bidirectional formatting character'
          : 'invisible formatting character';
  return { position: [...text.slice(0, match.index)].length + 1, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, kind };
}

/**
 * Reads one record's fields, whether they come typed from GraphQL or JSON or
 * as strings from a CSV cell, and records every problem against the field's
 * input path. Each reader returns null for a missing or bad value, so a
 * validator can go on and report the next field too.
 */
export class FieldReader {
  constructor(
    private readonly values: Readonly<Record<string, unknown>>,
    readonly problems: Problems,
    private readonly prefix: string,
    readonly env: FilingEnv,
  ) {}

  path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  error(field: string, code: FilingProblemCode, message: string): null {
    return this.problems.error(this.path(field), code, message);
  }

  warn(field: string, code: FilingProblemCode, message: string): void {
    this.problems.warn(this.path(field), code, message);
  }

  /** The value as given, with blank strings and null read as absent. */
  present(field: string): unknown {
    const value = this.values[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value.trim() === '') return undefined;
    return value;
  }

  /** A reader over a nested object (`recognition` → `input.recognition.level`). */
  nested(field: string, options: Options = {}): FieldReader | null {
    const value = this.present(field);
    if (value === undefined) return options.required ? this.error(field, 'REQUIRED', `${field} is required`) : null;
    if (typeof value !== 'object' || Array.isArray(value)) return this.error(field, 'FORMAT', `${field} must be an object`);
    return new FieldReader(value as Record<string, unknown>, this.problems, this.path(field), this.env);
  }

  private missing(field: string, options: Options): null {
    return options.required ? this.error(field, 'REQUIRED', `${field} is required`) : null;
  }

  text(field: string, options: Options & { max: number; pattern?: RegExp; patternHint?: string }): string | null {
    const value = this.present(field);
    if (value === undefined) return this.missing(field, options);
    if (typeof value !== 'string' && typeof value !== 'number') return this.error(field, 'FORMAT', `${field} must be text`);
    // An 18-digit ID number written as a JSON number has already lost its last digits.
    if (typeof value === 'number' && !Number.isSafeInteger(value)) return this.error(field, 'FORMAT', `${field} is a number too long to be exact; write it as a string`);
    const text = String(value).normalize('NFC').trim();
    const unsafe = unsafeCharacter(text);
    if (unsafe) return this.error(field, 'FORMAT', unsafeMessage(field, unsafe));
    if ([...text].length > options.max) return this.error(field, 'OUT_OF_RANGE', `${field} has ${[...text].length} characters; at most ${options.max} are allowed`);
    if (options.pattern && !options.pattern.test(text)) return this.error(field, 'FORMAT', `${field} "${text}" ${options.patternHint ?? 'is not in the expected form'}`);
    return text;
  }

  int(field: string, options: Options & { min: number; max: number }): number | null {
    const value = this.present(field);
    if (value === undefined) return this.missing(field, options);
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n)) return this.error(field, 'FORMAT', `${field} must be a whole number, got ${JSON.stringify(value)}`);
    if (n < options.min || n > options.max) return this.error(field, 'OUT_OF_RANGE', `${field} must be between ${options.min} and ${options.max}, got ${n}`);
    return n;
  }

  /** Yuan with at most two decimals, returned as a two-decimal string ("12.50"); never a float. */
  decimal(field: string, options: Options & { min: string; max: string }): string | null {
    const value = this.present(field);
    if (value === undefined) return this.missing(field, options);
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    const match = DECIMAL.exec(text);
    if (!match) return this.error(field, 'FORMAT', `${field} must be an amount in yuan with at most two decimals, such as "1250.50", got ${JSON.stringify(value)}`);
    const normalised = `${BigInt(match[1])}.${(match[2] ?? '').padEnd(2, '0')}`;
    if (compareDecimal(normalised, options.min) < 0 || compareDecimal(normalised, options.max) > 0) {
      return this.error(field, 'OUT_OF_RANGE', `${field} must be between ${options.min} and ${options.max} yuan, got ${normalised}`);
    }
    return normalised;
  }

  /** A business date YYYY-MM-DD; `notAfterToday` for events that must already have happened. */
  date(field: string, options: Options & { notAfterToday?: boolean; notBefore?: string } = {}): string | null {
    const value = this.present(field);
    if (value === undefined) return this.missing(field, options);
    const text = typeof value === 'string' ? value.trim() : '';
    const match = ISO_DATE.exec(text);
    const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!match || !day || day.toISOString().slice(0, 10) !== text) {
      return this.error(field, 'FORMAT', `${field} must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    if (options.notAfterToday && text > this.env.today) return this.error(field, 'OUT_OF_RANGE', `${field} ${text} is in the future (today is ${this.env.today})`);
    if (options.notBefore && text < options.notBefore) return this.error(field, 'OUT_OF_RANGE', `${field} ${text} is before ${options.notBefore}`);
    return text;
  }

  boolean(field: string, options: Options & { fallback?: boolean } = {}): boolean | null {
    const value = this.present(field);
    if (value === undefined) return options.fallback ?? this.missing(field, options);
    if (typeof value === 'boolean') return value;
    const word = String(value).trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return this.error(field, 'FORMAT', `${field} must be true or false, got ${JSON.stringify(value)}`);
  }

  oneOf<V extends string>(field: string, allowed: readonly V[], options: Options & { fallback?: V } = {}): V | null {
    const value = this.present(field);
    if (value === undefined) return options.fallback ?? this.missing(field, options);
    const text = String(value).trim().toUpperCase();
    if ((allowed as readonly string[]).includes(text)) return text as V;
    // An agency export writes 男, 县级, 登记失业人员 where the API says MALE, COUNTY, REGISTERED_UNEMPLOYED.
    const fromWord = enumValueForWord(String(value).trim(), allowed);
    if (fromWord) return fromWord as V;
    return this.error(field, 'UNKNOWN_ENUM_VALUE', `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }

  /** A list given as an array, or in a CSV cell separated by ; | or commas. */
  list(field: string, options: Options & { max: number }): string[] | null {
    const value = this.present(field);
    if (value === undefined) return options.required ? this.missing(field, options) : [];
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;|,，；]/) : null;
    if (!items || items.some((v) => typeof v !== 'string')) return this.error(field, 'FORMAT', `${field} must be a list of strings`);
    const list = (items as string[]).map((v) => v.normalize('NFC').trim()).filter((v) => v !== '');
    const unsafe = list.map((item, i) => [i, unsafeCharacter(item)] as const).find(([, found]) => found !== null);
    if (unsafe) return this.error(`${field}[${unsafe[0]}]`, 'FORMAT', unsafeMessage(`${field}[${unsafe[0]}]`, unsafe[1]!));
    if (options.required && list.length === 0) return this.error(field, 'REQUIRED', `${field} needs at least one value`);
    if (list.length > options.max) return this.error(field, 'OUT_OF_RANGE', `${field} has ${list.length} values; at most ${options.max} are allowed`);
    return list;
  }

  /** Normalised 18-character citizen ID; the check digit is always enforced. */
  citizenId(field: string, options: Options = {}): string | null {
    const value = this.text(field, { ...options, max: 40 });
    if (value === null) return null;
    const result = validateCitizenId(value, { today: new Date(`${this.env.today}T00:00:00Z`) });
    if (result.ok) return result.value;
    return this.error(field, result.rule === 'CHECK_DIGIT' ? 'CHECK_DIGIT' : 'FORMAT', result.message);
  }

  /**
   * Normalised USCC. A malformed code is always an error; a failing checksum
   * is a warning (real codes that fail exist) unless the filing is strict.
   */
  uscc(field: string, options: Options = {}): string | null {
    const value = this.text(field, { ...options, max: 40 });
    if (value === null) return null;
    const result = validateUscc(value, { strict: false });
    if (!result.ok) return this.error(field, 'FORMAT', result.message);
    for (const warning of result.warnings) {
      const message = `${warning.message} (real codes that fail exist; file with strict: false to accept it)`;
      if (this.env.strict) return this.error(field, 'USCC_CHECKSUM', `${warning.message}; strict mode refuses it`);
      this.warn(field, 'USCC_CHECKSUM', message);
    }
    return result.value;
  }

  phone(field: string): string | null {
    const value = this.text(field, { max: 30 });
    if (value === null) return null;
    const result = validateMobilePhone(value);
    if (!result.ok) return this.error(field, 'FORMAT', result.message);
    return normalizeMobilePhone(result.value);
  }

  /**
   * A region code where a record is filed: a known Shandong code, still in
   * force, and inside the caller's region subtree.
   */
  region(field: string, options: Options & { level?: 'COUNTY' | 'CITY' } = {}): string | null {
    const code = this.text(field, { ...options, max: 6, pattern: /^\d{6}$/, patternHint: 'is not a 6-digit GB/T 2260 code' });
    if (code === null) return null;
    const region = this.env.regions.get(code);
    if (!region) return this.error(field, 'UNKNOWN_REGION', `${code} is not a GB/T 2260 code of Shandong`);
    if (!this.env.regions.isCurrent(code)) {
      return this.error(field, 'RETIRED_REGION', `${regionLabel(this.env, code)} was retired${region.validTo ? ` on ${region.validTo}` : ''}; file under the code now in force`);
    }
    if (options.level && region.level !== options.level) {
      return this.error(field, 'OUT_OF_RANGE', `${regionLabel(this.env, code)} is a ${region.level.toLowerCase()}; a ${options.level.toLowerCase()}-level code is needed`);
    }
    if (!inScope(this.env, code)) return this.error(field, 'OUT_OF_SCOPE', outOfScopeMessage(this.env, code, 'Region'));
    return code;
  }

  /** A region of a referenced record (a cohort, a brand) that the caller must have in scope. */
  scope(field: string, regionCode: string, what: string): boolean {
    if (inScope(this.env, regionCode)) return true;
    this.error(field, 'OUT_OF_SCOPE', outOfScopeMessage(this.env, regionCode, what));
    return false;
  }

  /** The row id inside a global id of the given type (a Workshop, a Vacancy). */
  globalId(field: string, type: string, options: Options = {}): number | null {
    const value = this.text(field, { ...options, max: 200 });
    if (value === null) return null;
    try {
      const decoded = fromGlobalId(value, this.path(field));
      if (decoded.type === type && !Number.isNaN(decoded.rowId)) return decoded.rowId;
      return this.error(field, 'FORMAT', `"${value}" is the id of a ${decoded.type}, not of a ${type}`);
    } catch {
      return this.error(field, 'FORMAT', `"${value}" is not a global id issued by this API`);
    }
  }

  /** One ICH item key in canonical form (LEVEL:number:area). */
  itemKey(field: string, options: Options = {}): string | null {
    const value = this.text(field, { ...options, max: 100 });
    if (value === null) return null;
    const parsed = parseIchItemKey(value);
    return parsed.ok ? parsed.value : this.error(field, 'FORMAT', parsed.message);
  }

  /** ICH item keys in canonical form (LEVEL:number:area); existence is checked against culture later. */
  itemKeys(field: string, options: Options & { max: number }): string[] | null {
    const list = this.list(field, options);
    if (list === null) return null;
    const keys: string[] = [];
    let bad = false;
    list.forEach((key, i) => {
      const parsed = parseIchItemKey(key);
      if (parsed.ok) keys.push(parsed.value);
      else {
        bad = true;
        this.error(`${field}[${i}]`, 'FORMAT', parsed.message);
      }
    });
    return bad ? null : keys;
  }
}

function unsafeMessage(field: string, found: NonNullable<ReturnType<typeof unsafeCharacter>>): string {
  const article = /^[aeiou]/.test(found.kind) ? 'an' : 'a';
  return `${field} holds ${found.codePoint} (${article} ${found.kind}) at character ${found.position}; filed text may hold no control, bidirectional or invisible formatting characters, tabs and line breaks included (every field is one line)`;
}

/** Compares two non-negative two-decimal strings exactly. */
export function compareDecimal(a: string, b: string): number {
  const cents = (s: string) => {
    const [whole, frac = ''] = s.split('.');
    return BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  };
  const d = cents(a) - cents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** a × b for a yuan amount and a whole number, as a two-decimal string. */
export function multiplyDecimal(amount: string, factor: number): string {
  const [whole, frac = ''] = amount.split('.');
  const cents = (BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2))) * BigInt(factor);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}
