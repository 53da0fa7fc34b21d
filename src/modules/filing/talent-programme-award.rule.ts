import { TALENT_PROGRAMME_LEVELS, TalentProgrammeAwardEntity, TalentProgrammeLevel } from '../../sources/hr';
import { noSuchPerson, personsByCitizenId, PersonRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { regionLabel } from './filing.env';
import { insertRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

export interface TalentProgrammeAwardDraft {
  citizenId: string | null;
  programme: string | null;
  programmeLevel: TalentProgrammeLevel | null;
  year: number | null;
  awardedOn: string | null;
  regionCode: string | null;
}

interface AwardLookup {
  persons: Map<string, PersonRef>;
  /** person id | programme | year of awards on file and accepted so far. */
  held: Set<string>;
}

const awardKey = (personId: number, programme: string, year: number) => `${personId}|${programme}|${year}`;

export type TalentProgrammeAwardRow = Omit<TalentProgrammeAwardEntity, 'id' | 'person'>;

/**
 * 选拔培养奖励项目: a person selected by a local talent programme, once per
 * programme and year; the awarding region is the province, a city or a
 * county as the programme's level says.
 */
export const talentProgrammeAwardRule: FilingRule<TalentProgrammeAwardDraft, AwardLookup, TalentProgrammeAwardRow> = {
  source: 'hr',
  fields: {
    idNumber: ID_NUMBER,
    programme: ['人才项目名称', '项目名称'],
    programmeLevel: ['项目层级', '层级'],
    year: ['入选年度', '年度'],
    awardedOn: ['入选日期', '授予日期'],
    regionCode: ['授予地区代码', ...REGION_CODE],
  },

  check(read, env) {
    const d: TalentProgrammeAwardDraft = {
      citizenId: read.citizenId('idNumber', { required: true }),
      programme: read.text('programme', { required: true, max: 100 }),
      programmeLevel: read.oneOf('programmeLevel', TALENT_PROGRAMME_LEVELS, { required: true }),
      year: read.int('year', { required: true, min: 1990, max: Number(env.today.slice(0, 4)) }),
      awardedOn: read.date('awardedOn', { required: true, notAfterToday: true }),
      regionCode: read.region('regionCode', { required: true }),
    };
    if (d.programmeLevel && d.regionCode) {
      const level = env.regions.get(d.regionCode)!.level;
      if (level !== d.programmeLevel) {
        read.error('regionCode', 'INCONSISTENT', `A ${d.programmeLevel} programme is awarded by a ${d.programmeLevel.toLowerCase()}; ${regionLabel(env, d.regionCode)} is a ${level.toLowerCase()}`);
      }
    }
    if (d.year !== null && d.awardedOn && Number(d.awardedOn.slice(0, 4)) < d.year) read.error('awardedOn', 'DATE_ORDER', `awardedOn ${d.awardedOn} is before the award's year ${d.year}`);
    return d;
  },

  async lookup(drafts, db, env) {
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const rows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT person_id, programme, year FROM talent_programme_award', 'person_id', [...persons.values()].map((p) => p.id));
    return { persons, held: new Set(rows.map((r) => awardKey(Number(r.person_id), String(r.programme), Number(r.year)))) };
  },

  resolve(d, found, read) {
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    if (person && d.programme && d.year !== null && found.held.has(awardKey(person.id, d.programme, d.year))) {
      read.error('programme', 'DUPLICATE', `The person was already selected by ${d.programme} in ${d.year}`);
    }
    if (read.problems.failed || !person || !d.programme || !d.programmeLevel || d.year === null || !d.awardedOn || !d.regionCode) return null;
    found.held.add(awardKey(person.id, d.programme, d.year));
    return { personId: person.id, programme: d.programme, programmeLevel: d.programmeLevel, year: d.year, awardedOn: d.awardedOn, regionCode: d.regionCode };
  },

  write: (tx, rows, ids) => insertRows(tx, TalentProgrammeAwardEntity, rows, ids),

  personKey: { field: 'idNumber' },
};
