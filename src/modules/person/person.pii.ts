import { personLinkKey } from '../../shared/identifiers/person-link-key';
import { canUnmaskPii } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { maskCitizenId, maskPhone } from '../../shared/identifiers';
import type { InheritorRecord } from '../heritage/heritage.record';
import { PersonRecord } from './person.record';

// The one place personal identifiers leave the layer. Unless the viewer holds
// pii:read, an ID number shows its address code only (370102************), a
// phone its network prefix (138********) and a birth date nothing but its
// year: together with the gender and the region a reader sees, that leaves
// about 182,500 candidates for an ID number and 10,000 or more for a phone
// (the arithmetic is in the README, "How masks are chosen"). Every unmasked
// value is noted on the request, and the request's audit event lists them.

export const ID_NUMBER_DESCRIPTION =
  'Citizen ID number; without pii:read only its address code shows (370102************), since the digits after it carry the birth date, the order code and the check character; each unmasked read is audited — 公民身份号码（默认脱敏）';
export const PHONE_DESCRIPTION =
  'Mobile phone number; without pii:read only its network prefix shows (138********), since the number block after it is tied to a city; each unmasked read is audited — 手机号码（默认脱敏）';

type PiiContext = Pick<RequestContext, 'viewer' | 'piiReads'>;

function unmasked(ctx: PiiContext, type: string, rowId: number, field: string): boolean {
  if (!canUnmaskPii(ctx.viewer)) return false;
  ctx.piiReads.record(type, rowId, field);
  return true;
}

export function shownIdNumber(person: PersonRecord, ctx: PiiContext): string {
  return unmasked(ctx, 'Person', person.rowId, 'idNumber') ? person.citizenId : maskCitizenId(person.citizenId);
}

export function shownPhone(person: PersonRecord, ctx: PiiContext): string | null {
  if (person.phone === null || person.phone === undefined) return null;
  return unmasked(ctx, 'Person', person.rowId, 'phone') ? person.phone : maskPhone(person.phone);
}

/** Digits 7–14 of the ID number: shown only with pii:read, and audited like the number itself. */
export function shownBirthDate(person: PersonRecord, ctx: PiiContext): string | null {
  return unmasked(ctx, 'Person', person.rowId, 'birthDate') ? person.birthDate : null;
}

export function birthYearOf(person: Pick<PersonRecord, 'birthDate'>): number {
  return Number(String(person.birthDate).slice(0, 4));
}

export function shownInheritorIdNumber(inheritor: InheritorRecord, ctx: PiiContext): string {
  return unmasked(ctx, 'Inheritor', inheritor.rowId, 'idNumber') ? inheritor.citizenId : maskCitizenId(inheritor.citizenId);
}

/** What the linkage-key fields say of themselves (Person.linkKey, Inheritor.personLinkKey). */
export const LINK_KEY_DESCRIPTION =
  "Linkage key of the person across agencies: HMAC-SHA-256 of the normalised ID number under the secret the bureaus share (PERSON_LINK_SECRET), hex; the same for the HR person and the culture inheritor, and nothing of the number can be read from it — 跨部门人员关联键（身份证号的密钥散列）";

/** The stored linkage key, or the one computed now for a row written before the column was filled. */
export function linkKeyOf(record: { linkKey: string | null; citizenId: string }): string {
  return record.linkKey ?? personLinkKey(record.citizenId);
}
