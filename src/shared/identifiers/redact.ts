import { maskCitizenId } from './citizen-id';
import { maskPhone } from './phone';

// An ID number (18 characters, or a legacy 15 digits) or a mainland mobile number
// standing on its own in free text: not inside a longer run of digits (a USCC, a
// certificate number), so those stay as they are.
const CITIZEN_ID = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d{9})(?!\d)/g;

/**
 * Free text (a query, its variables) with every ID number and mobile number in
 * it masked as the API masks them, for records that must say what was asked
 * without holding personal data themselves (the audit log of an export).
 */
export function redactIdentifiers(text: string): string {
  return text.replace(CITIZEN_ID, (id) => maskCitizenId(id)).replace(MOBILE, (_, phone: string) => maskPhone(phone));
}

/** The same for a JSON value: every string in it redacted, numbers and structure kept. */
export function redactIdentifiersIn(value: unknown): unknown {
  if (typeof value === 'string') return redactIdentifiers(value);
  if (Array.isArray(value)) return value.map(redactIdentifiersIn);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactIdentifiersIn(v)]));
  return value;
}
