import { TALENT_TITLE_KINDS, TalentTitleEntity, TalentTitleKind } from '../../sources/hr';
import { noSuchPerson, personsByCitizenId, PersonRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows, updateRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

/** The official wording, stored with the title unless another is given. */
const TITLE_NAMES: Partial<Record<TalentTitleKind, string>> = {
  SHANDONG_TECHNICAL_EXPERT: '山东省技术能手',
  QILU_CHIEF_TECHNICIAN: '齐鲁首席技师',
  NATIONAL_TECHNICAL_EXPERT: '全国技术能手',
};

export interface TalentTitleDraft {
  citizenId: string | null;
  kind: TalentTitleKind | null;
  titleName: string | null;
  year: number | null;
  awardedOn: string | null;
  termEndsOn: string | null;
  regionCode: string | null;
}

interface TitleLookup {
  persons: Map<string, PersonRef>;
  /** person id | kind | year of titles on file (and accepted so far) → the title's row id, 0 for one not written yet. */
  held: Map<string, number>;
}

const titleKey = (personId: number, kind: string, year: number) => `${personId}|${kind}|${year}`;

export type TalentTitleRow = { personId: number; kind: TalentTitleKind; titleName: string | null; year: number; awardedOn: string; termEndsOn: string | null; regionCode: string };

/** The day before the same date `years` later: a management period's last day. */
function termEnd(awardedOn: string, years: number): string {
  const [y, m, d] = awardedOn.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** 人才称号授予: 山东省技术能手, 齐鲁首席技师 (a four-year management period) and others, once per person, kind and year. */
export const talentTitleRule: FilingRule<TalentTitleDraft, TitleLookup, TalentTitleRow> = {
  source: 'hr',
  fields: {
    idNumber: ID_NUMBER,
    kind: ['称号类别', '称号类型'],
    titleName: ['称号名称'],
    year: ['授予年度', '年度'],
    awardedOn: ['授予日期'],
    termEndsOn: ['管理期满日期', '期满日期'],
    regionCode: ['授予地区代码', ...REGION_CODE],
  },

  check(read, env) {
    const d: TalentTitleDraft = {
      citizenId: read.citizenId('idNumber', { required: true }),
      kind: read.oneOf('kind', TALENT_TITLE_KINDS, { required: true }),
      titleName: read.text('titleName', { max: 100 }),
      year: read.int('year', { required: true, min: 1990, max: Number(env.today.slice(0, 4)) }),
      awardedOn: read.date('awardedOn', { required: true, notAfterToday: true }),
      termEndsOn: read.date('termEndsOn'),
      regionCode: read.region('regionCode', { required: true }),
    };
    if (d.kind === 'OTHER' && !d.titleName && !read.problems.hasErrorOn(read.path('titleName'))) read.error('titleName', 'REQUIRED', 'titleName is required for a title of kind OTHER');
    if (d.kind && !d.titleName) d.titleName = TITLE_NAMES[d.kind] ?? null;
    if (d.kind === 'QILU_CHIEF_TECHNICIAN' && d.awardedOn && !read.present('termEndsOn')) d.termEndsOn = termEnd(d.awardedOn, 4);
    if (d.awardedOn && d.termEndsOn && d.termEndsOn < d.awardedOn) read.error('termEndsOn', 'DATE_ORDER', `termEndsOn ${d.termEndsOn} is before awardedOn ${d.awardedOn}`);
    if (d.year !== null && d.awardedOn && Number(d.awardedOn.slice(0, 4)) < d.year) read.error('awardedOn', 'DATE_ORDER', `awardedOn ${d.awardedOn} is before the title's year ${d.year}`);
    return d;
  },

  async lookup(drafts, db, env) {
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const rows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, person_id, kind, year FROM talent_title', 'person_id', [...persons.values()].map((p) => p.id));
    return { persons, held: new Map(rows.map((r) => [titleKey(Number(r.person_id), String(r.kind), Number(r.year)), Number(r.id)])) };
  },

  resolve(d, found, read) {
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    // The person is the caller's to see here; a title on file (not one accepted earlier in this file) may be updated.
    const onFile = person && d.kind && d.year !== null ? found.held.get(titleKey(person.id, d.kind, d.year)) : undefined;
    if (onFile !== undefined && !(read.env.upsert && onFile > 0)) {
      read.error('kind', 'DUPLICATE', `The person already holds ${d.kind} for ${d.year}`);
    }
    if (read.problems.failed || !person || !d.kind || d.year === null || !d.awardedOn || !d.regionCode) return null;
    if (onFile === undefined) found.held.set(titleKey(person.id, d.kind, d.year), 0);
    return { personId: person.id, kind: d.kind, titleName: d.titleName, year: d.year, awardedOn: d.awardedOn, termEndsOn: d.termEndsOn, regionCode: d.regionCode };
  },

  write: (tx, rows, ids) => insertRows(tx, TalentTitleEntity, rows, ids),

  upsert: {
    existing(d, found) {
      const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
      const id = person && d.kind && d.year !== null ? found.held.get(titleKey(person.id, d.kind, d.year)) : undefined;
      return id ? id : null;
    },
    update: (tx, rows) =>
      updateRows(
        tx,
        TalentTitleEntity,
        // titleName and termEndsOn follow from the kind and the award day when not given, as on a first filing.
        rows.map(({ id, row }) => ({ id, values: { titleName: row.titleName, awardedOn: row.awardedOn, termEndsOn: row.termEndsOn, regionCode: row.regionCode } })),
      ),
  },

  personKey: { field: 'idNumber' },
};
