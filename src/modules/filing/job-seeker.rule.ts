import { EntityManager } from 'typeorm';
import { IchCategoryName, JOB_SEEKER_STATUSES, JobSeekerEntity, JobSeekerSkillEntity, JobSeekerStatus, JobSeekerWishedRegionEntity, SKILL_LEVELS, SkillLevel } from '../../sources/hr';
import { FieldReader } from './field-reader';
import { heritageItemsByKey, HeritageItemRef, noSuchPerson, personsByCitizenId, PersonRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { ID_NUMBER, ITEM_KEYS, OCCUPATION_CODE_COLUMN, REGION_CODE, STATUS } from './field-names';

const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;
const OCCUPATION = { max: 20, pattern: OCCUPATION_CODE, patternHint: 'is not an occupation code of the form 6-09-03-01' };

interface SkillDraft {
  itemKey: string | null;
  occupationCode: string | null;
  certificateLevel: SkillLevel | null;
}

export interface JobSeekerDraft {
  citizenId: string | null;
  registeredOn: string | null;
  centerName: string | null;
  regionCode: string | null;
  occupationCode: string | null;
  wishedPayMin: string | null;
  availableFrom: string | null;
  status: JobSeekerStatus | null;
  skills: SkillDraft[] | null;
  wishedRegionCodes: string[] | null;
}

interface JobSeekerLookup {
  persons: Map<string, PersonRef>;
  items: Map<string, HeritageItemRef>;
  /** Persons with an ACTIVE registration on file (or accepted earlier in this batch). */
  active: Set<number>;
}

export type JobSeekerRow = {
  personId: number;
  registeredOn: string;
  centerName: string;
  regionCode: string;
  occupationCode: string | null;
  wishedPayMin: string | null;
  availableFrom: string;
  status: JobSeekerStatus;
  skills: Array<{ itemKey: string | null; ichCategory: IchCategoryName | null; occupationCode: string | null; certificateLevel: SkillLevel | null }>;
  wishedRegionCodes: string[];
};

/** Skills as a list of objects (GraphQL, JSON), or as item keys with one level (a CSV row). */
function readSkills(read: FieldReader): SkillDraft[] | null {
  const given = read.present('skills');
  if (given === undefined) {
    const itemKeys = read.itemKeys('itemKeys', { max: 10 });
    const certificateLevel = read.oneOf('certificateLevel', SKILL_LEVELS);
    if (!itemKeys?.length) return read.error('skills', 'REQUIRED', 'A job seeker offers at least one craft or skill: give skills (or itemKeys)');
    return itemKeys.map((itemKey) => ({ itemKey, occupationCode: null, certificateLevel }));
  }
  if (!Array.isArray(given)) return read.error('skills', 'FORMAT', 'skills must be a list of objects');
  if (given.length === 0) return read.error('skills', 'REQUIRED', 'A job seeker offers at least one craft or skill');
  if (given.length > 10) return read.error('skills', 'OUT_OF_RANGE', `skills has ${given.length} entries; at most 10 are allowed`);
  const out: SkillDraft[] = [];
  given.forEach((value, i) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return read.error(`skills[${i}]`, 'FORMAT', `skills[${i}] must be an object`);
    const skill = new FieldReader(value as Record<string, unknown>, read.problems, read.path(`skills[${i}]`), read.env);
    const draft = { itemKey: skill.itemKey('itemKey'), occupationCode: skill.text('occupationCode', OCCUPATION), certificateLevel: skill.oneOf('certificateLevel', SKILL_LEVELS) };
    if (!skill.present('itemKey') && !skill.present('occupationCode')) skill.error('itemKey', 'REQUIRED', 'A skill names an ICH item (itemKey) or an occupation (occupationCode)');
    out.push(draft);
  });
  return out;
}

/** Wished places of work: known Shandong codes in force, anywhere in the province (a partner may register someone wishing to work elsewhere). */
function readWishedRegions(read: FieldReader): string[] | null {
  const codes = read.list('wishedRegionCodes', { required: true, max: 10 });
  if (!codes) return null;
  let bad = false;
  codes.forEach((code, i) => {
    const region = read.env.regions.get(code);
    if (!region) {
      bad = true;
      read.error(`wishedRegionCodes[${i}]`, 'UNKNOWN_REGION', `${code} is not a GB/T 2260 code of Shandong`);
    } else if (!read.env.regions.isCurrent(code)) {
      bad = true;
      read.error(`wishedRegionCodes[${i}]`, 'RETIRED_REGION', `${code} was retired; give the code now in force`);
    }
  });
  return bad ? null : [...new Set(codes)];
}

/**
 * 求职登记: a person registers as a job seeker with a public employment
 * service centre, offering crafts (ICH items, which must exist in culture; an
 * extension listing's key is stored as its item's own key) and skills, with
 * the places they wish to work. A person has one ACTIVE registration at a time.
 */
export const jobSeekerRule: FilingRule<JobSeekerDraft, JobSeekerLookup, JobSeekerRow> = {
  source: 'hr',
  fields: {
    idNumber: ID_NUMBER,
    registeredOn: ['登记日期', '求职登记日期'],
    centerName: ['登记机构', '公共就业服务机构'],
    regionCode: ['登记地区代码', ...REGION_CODE],
    occupationCode: ['求职意向职业代码', ...OCCUPATION_CODE_COLUMN],
    wishedPayMin: ['意向薪酬', '期望月薪'],
    availableFrom: ['可到岗日期'],
    status: ['登记状态', ...STATUS],
    skills: ['掌握技能'],
    itemKeys: ['掌握非遗项目', ...ITEM_KEYS],
    certificateLevel: ['持证等级', '职业技能等级'],
    wishedRegionCodes: ['意向工作地代码', '意向工作地'],
  },

  check(read) {
    return {
      citizenId: read.citizenId('idNumber', { required: true }),
      registeredOn: read.date('registeredOn', { required: true, notAfterToday: true }),
      centerName: read.text('centerName', { required: true, max: 100 }),
      regionCode: read.region('regionCode', { required: true }),
      occupationCode: read.text('occupationCode', OCCUPATION),
      wishedPayMin: read.decimal('wishedPayMin', { min: '0.00', max: '1000000.00' }),
      availableFrom: read.date('availableFrom', { required: true }),
      status: read.oneOf('status', JOB_SEEKER_STATUSES, { fallback: 'ACTIVE' }),
      skills: readSkills(read),
      wishedRegionCodes: readWishedRegions(read),
    };
  },

  async lookup(drafts, db, env) {
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const items = await heritageItemsByKey(db, drafts.flatMap((d) => (d.skills ?? []).map((s) => s.itemKey)));
    const rows = await db.rowsIn<Record<string, unknown>>('hr', "SELECT person_id FROM job_seeker", 'person_id', [...persons.values()].map((p) => p.id), " AND status = 'ACTIVE'");
    return { persons, items, active: new Set(rows.map((r) => Number(r.person_id))) };
  },

  resolve(d, found, read) {
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    if (person && d.status === 'ACTIVE' && found.active.has(person.id)) read.error('idNumber', 'DUPLICATE', 'The person already has an ACTIVE job-seeker registration');
    const skills: JobSeekerRow['skills'] = [];
    (d.skills ?? []).forEach((s, i) => {
      let item: HeritageItemRef | undefined;
      if (s.itemKey) {
        item = found.items.get(s.itemKey);
        if (!item) return read.error(`skills[${i}].itemKey`, 'NOT_FOUND', `${s.itemKey} names no ICH item or listing in the culture directory`);
      }
      skills.push({ itemKey: item?.itemKey ?? null, ichCategory: item?.category ?? null, occupationCode: s.occupationCode, certificateLevel: s.certificateLevel });
    });
    if (read.problems.failed || !person || !d.registeredOn || !d.centerName || !d.regionCode || !d.availableFrom || !d.status || !d.wishedRegionCodes) return null;
    if (d.status === 'ACTIVE') found.active.add(person.id);
    return {
      personId: person.id, registeredOn: d.registeredOn, centerName: d.centerName, regionCode: d.regionCode, occupationCode: d.occupationCode,
      wishedPayMin: d.wishedPayMin, availableFrom: d.availableFrom, status: d.status, skills, wishedRegionCodes: d.wishedRegionCodes,
    };
  },

  async write(tx: EntityManager, rows) {
    // Every registration's id is needed for its skills and regions, so each is its own INSERT.
    const ids = await insertRows(tx, JobSeekerEntity, rows.map(({ skills: _s, wishedRegionCodes: _w, ...seeker }) => seeker), true);
    await insertRows(tx, JobSeekerSkillEntity, rows.flatMap((r, i) => r.skills.map((s) => ({ jobSeekerId: ids[i], ...s }))), false);
    await insertRows(tx, JobSeekerWishedRegionEntity, rows.flatMap((r, i) => r.wishedRegionCodes.map((regionCode) => ({ jobSeekerId: ids[i], regionCode }))), false);
    return ids;
  },

  personKey: { field: 'idNumber' },
};
