import { EntityManager } from 'typeorm';
import { validateCitizenId } from '../../shared/identifiers';
import { GENDERS, Gender, PersonEntity } from '../../sources/hr';
import { PersonRef, registeredPersons, shownId } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';

export interface PersonDraft {
  citizenId: string | null;
  name: string | null;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  regionCode: string | null;
}

export type PersonRow = { citizenId: string; name: string; gender: Gender; birthDate: string; phone: string | null; regionCode: string };

/** 人员登记: a person HR serves, keyed by citizen ID; gender and birth date follow from the ID. */
export const personRule: FilingRule<PersonDraft, Map<string, PersonRef>, PersonRow> = {
  source: 'hr',
  fields: ['idNumber', 'name', 'gender', 'birthDate', 'phone', 'regionCode'],

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
  // the same words whoever registered it, and each such answer spends the caller's probe budget (runFiling).
  lookup: (drafts, db) => registeredPersons(db, drafts.map((d) => d.citizenId)),

  resolve(d, existing, read) {
    if (d.citizenId && existing.has(d.citizenId)) read.error('idNumber', 'DUPLICATE', `A person with citizen ID ${shownId(d.citizenId)} is already registered`);
    if (!d.citizenId || !d.name || !d.gender || !d.birthDate || !d.regionCode) return null;
    return { citizenId: d.citizenId, name: d.name, gender: d.gender, birthDate: d.birthDate, phone: d.phone, regionCode: d.regionCode };
  },

  write: (tx: EntityManager, rows, ids) => insertRows(tx, PersonEntity, rows, ids),

  personKey: { field: 'idNumber', duplicateDisclosesRegistration: true },

  batchKey: { field: 'idNumber', of: (d) => d.citizenId },
};
