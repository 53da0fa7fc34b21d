import { PROFESSIONAL_TITLE_LEVELS, PROFESSIONAL_TITLE_ROUTES, PROFESSIONAL_TITLE_SERIES, ProfessionalTitleEntity, ProfessionalTitleLevel, ProfessionalTitleRoute, ProfessionalTitleSeries } from '../../sources/hr';
import { noSuchPerson, personsByCitizenId, PersonRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows, updateRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

/** The official wording of each level, stored with the title unless another is given. */
export const PROFESSIONAL_TITLE_NAMES: Partial<Record<ProfessionalTitleSeries, Record<ProfessionalTitleLevel, string>>> = {
  ARTS_AND_CRAFTS: { STAFF: '工艺美术员', ASSISTANT: '助理工艺美术师', INTERMEDIATE: '工艺美术师', ASSOCIATE_SENIOR: '高级工艺美术师', FULL_SENIOR: '正高级工艺美术师' },
  ENGINEERING: { STAFF: '技术员', ASSISTANT: '助理工程师', INTERMEDIATE: '工程师', ASSOCIATE_SENIOR: '高级工程师', FULL_SENIOR: '正高级工程师' },
};

export interface ProfessionalTitleDraft {
  citizenId: string | null;
  series: ProfessionalTitleSeries | null;
  level: ProfessionalTitleLevel | null;
  titleName: string | null;
  route: ProfessionalTitleRoute | null;
  year: number | null;
  obtainedOn: string | null;
  certificateNumber: string | null;
  regionCode: string | null;
}

interface TitleLookup {
  persons: Map<string, PersonRef>;
  /** person id | series | level of titles on file (and accepted so far) → row id, 0 for one not written yet. */
  held: Map<string, number>;
}

const titleKey = (personId: number, series: string, level: string) => `${personId}|${series}|${level}`;

export type ProfessionalTitleRow = Omit<ProfessionalTitleEntity, 'id' | 'person'>;

/** 职称评聘: a title in a series at a level, once per person, series and level. */
export const professionalTitleRule: FilingRule<ProfessionalTitleDraft, TitleLookup, ProfessionalTitleRow> = {
  source: 'hr',
  fields: {
    idNumber: ID_NUMBER,
    series: ['职称系列', '系列'],
    level: ['职称层级', '层级', '职称级别'],
    titleName: ['职称名称', '资格名称'],
    route: ['取得方式'],
    year: ['评审年度', '年度'],
    obtainedOn: ['取得日期', '取得资格时间'],
    certificateNumber: ['证书编号', '职称证书编号'],
    regionCode: ['评审地区代码', ...REGION_CODE],
  },

  check(read, env) {
    const d: ProfessionalTitleDraft = {
      citizenId: read.citizenId('idNumber', { required: true }),
      series: read.oneOf('series', PROFESSIONAL_TITLE_SERIES, { required: true }),
      level: read.oneOf('level', PROFESSIONAL_TITLE_LEVELS, { required: true }),
      titleName: read.text('titleName', { max: 100 }),
      route: read.oneOf('route', PROFESSIONAL_TITLE_ROUTES, { fallback: 'EVALUATION' }),
      year: read.int('year', { required: true, min: 1980, max: Number(env.today.slice(0, 4)) }),
      obtainedOn: read.date('obtainedOn', { required: true, notAfterToday: true }),
      certificateNumber: read.text('certificateNumber', { max: 40 }),
      regionCode: read.region('regionCode', { required: true }),
    };
    if (d.series === 'OTHER' && !d.titleName && !read.problems.hasErrorOn(read.path('titleName'))) read.error('titleName', 'REQUIRED', 'titleName is required for a title of series OTHER');
    if (d.series && d.level && !d.titleName) d.titleName = PROFESSIONAL_TITLE_NAMES[d.series]?.[d.level] ?? null;
    if (d.year !== null && d.obtainedOn && Number(d.obtainedOn.slice(0, 4)) < d.year) read.error('obtainedOn', 'DATE_ORDER', `obtainedOn ${d.obtainedOn} is before the title's year ${d.year}`);
    return d;
  },

  async lookup(drafts, db, env) {
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const rows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, person_id, series, level FROM professional_title', 'person_id', [...persons.values()].map((p) => p.id));
    return { persons, held: new Map(rows.map((r) => [titleKey(Number(r.person_id), String(r.series), String(r.level)), Number(r.id)])) };
  },

  resolve(d, found, read) {
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    const onFile = person && d.series && d.level ? found.held.get(titleKey(person.id, d.series, d.level)) : undefined;
    if (onFile !== undefined && !(read.env.upsert && onFile > 0)) read.error('level', 'DUPLICATE', `The person already holds a ${d.level} title in the ${d.series} series`);
    if (read.problems.failed || !person || !d.series || !d.level || !d.titleName || !d.route || d.year === null || !d.obtainedOn || !d.regionCode) return null;
    if (onFile === undefined) found.held.set(titleKey(person.id, d.series, d.level), 0);
    return {
      personId: person.id, series: d.series, level: d.level, titleName: d.titleName, route: d.route, year: d.year,
      obtainedOn: d.obtainedOn, certificateNumber: d.certificateNumber, regionCode: d.regionCode,
    };
  },

  write: (tx, rows, ids) => insertRows(tx, ProfessionalTitleEntity, rows, ids),

  upsert: {
    existing(d, found) {
      const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
      const id = person && d.series && d.level ? found.held.get(titleKey(person.id, d.series, d.level)) : undefined;
      return id ? id : null;
    },
    update: (tx, rows) =>
      updateRows(
        tx,
        ProfessionalTitleEntity,
        rows.map(({ id, row }) => ({ id, values: { titleName: row.titleName, route: row.route, year: row.year, obtainedOn: row.obtainedOn, certificateNumber: row.certificateNumber, regionCode: row.regionCode } })),
      ),
  },

  personKey: { field: 'idNumber' },
};
