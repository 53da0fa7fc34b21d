import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { personLinkKey, validateCitizenId } from '../../shared/identifiers';
import { GENDERS, Gender, PersonEntity } from '../../sources/hr';
import { PersonRef, registeredPersons, shownId } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { inScope } from './filing.env';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

export interface PersonDraft {
  citizenId: string | null;
  name: string | null;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  regionCode: string | null;
}

export type PersonRow = { citizenId: string; name: string; gender: Gender; birthDate: string; phone: string | null; regionCode: string; linkKey: string };

/** 人员登记: a person HR serves, keyed by citizen ID; gender and birth date follow from the ID. */
export const personRule: FilingRule<PersonDraft, Map<string, PersonRef>, PersonRow> = {
  source: 'hr',
  fields: {
    idNumber: ID_NUMBER,
    name: ['姓名'],
    gender: ['性别'],
    birthDate: ['出生日期'],
    phone: ['手机号码', '手机号', '联系电话'],
    regionCode: ['常住地区代码', '居住地区代码', ...REGION_CODE],
  },

  check(read) {
    const citizenId = read.citizenId('idNumber', { required: true });
    const fromId = citizenId ? validateCitizenId(citizenId) : null;
    const derived = fromId?.ok ? fromId : null;
    let gender = read.oneOf('gender', GENDERS);
    if (gender && derived && gender !== derived.gender) {
      read.error('gender', 'INCONSISTENT', `gender ${gender} contradicts the citizen ID, whose sequence code says ${derived.gender}`);
      gender = null;
    }
    let birthDate = read.date('birthDate');
    if (birthDate && derived && birthDate !== derived.birthDate) {
      read.error('birthDate', 'INCONSISTENT', `birthDate ${birthDate} contradicts the citizen ID, which says ${derived.birthDate}`);
      birthDate = null;
    }
    return {
      citizenId,
      name: read.text('name', { required: true, max: 50 }),
      gender: gender ?? derived?.gender ?? null,
      birthDate: birthDate ?? derived?.birthDate ?? null,
      phone: read.phone('phone'),
      regionCode: read.region('regionCode', { required: true }),
    };
  },

  // Uniqueness is province-wide, so a region-limited caller learns that a number is on the register, never where:
  // the same words whoever registered it.
  lookup: (drafts, db) => registeredPersons(db, drafts.map((d) => d.citizenId)),

  // DUPLICATE is told only of a draft that is otherwise fileable: a refusal for anything else must not say whether
  // the number is on file, or an incomplete draft would test guessed numbers for free. So "not on file" is learnt
  // only by registering the person, and both answers spend the caller's ID-lookup budget (filing.runner.ts).
  resolve(d, existing, read) {
    if (read.problems.failed || !d.citizenId || !d.name || !d.gender || !d.birthDate || !d.regionCode) return null;
    const onFile = existing.get(d.citizenId);
    // An update may only touch a resident of the caller's region; anyone else stays a duplicate, as without --upsert.
    if (onFile && !(read.env.upsert && inScope(read.env, onFile.regionCode))) {
      return read.error('idNumber', 'DUPLICATE', `A person with citizen ID ${shownId(d.citizenId)} is already registered`);
    }
    const linkKey = personLinkKey(d.citizenId);
    return { citizenId: d.citizenId, name: d.name, gender: d.gender, birthDate: d.birthDate, phone: d.phone, regionCode: d.regionCode, linkKey };
  },

  // Row ids (inside global ids, and the default order) follow registration. An agency's register exported in
  // ID-number order would rank birthdays within a county and year by row id, so each imported batch is written
  // in a random order (a hash would still order by something an attacker can compute).
  write: (tx: EntityManager, rows, ids) => insertRows(tx, PersonEntity, ids ? rows : shuffled(rows), ids),

  personKey: { field: 'idNumber', duplicateDisclosesRegistration: true },

  batchKey: { field: 'idNumber', of: (d) => d.citizenId },

  upsert: {
    existing: (d, existing) => (d.citizenId ? existing.get(d.citizenId)?.id ?? null : null),
    update: (tx, rows) =>
      updateRows(tx, PersonEntity, rows.map(({ id, row, given }) => ({ id, values: givenValues(row, given, { name: 'name', gender: 'gender', birthDate: 'birthDate', phone: 'phone', regionCode: 'regionCode' }) }))),
  },
};

function shuffled<T>(rows: readonly T[]): T[] {
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
