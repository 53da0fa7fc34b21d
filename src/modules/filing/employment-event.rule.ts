import { EntityManager } from 'typeorm';
import { EMPLOYMENT_EVENT_KINDS, EmploymentEventEntity, EmploymentEventExhibitorEntity, EmploymentEventKind, EmploymentEventVacancyEntity } from '../../sources/hr';
import { FieldReader } from './field-reader';
import { FilingRule } from './filing.rule';
import { dayOf, insertRows } from './filing.sql';
import { REGION_CODE } from './field-names';

interface ExhibitorDraft {
  uscc: string | null;
  inHandmadeArea: boolean | null;
}

export interface EmploymentEventDraft {
  name: string | null;
  kind: EmploymentEventKind | null;
  regionCode: string | null;
  heldOn: string | null;
  endsOn: string | null;
  organiser: string | null;
  handmadeArea: boolean | null;
  handmadeAreaOperator: string | null;
  exhibitors: ExhibitorDraft[];
  vacancyIds: number[];
}

export type EmploymentEventRow = Omit<EmploymentEventDraft, 'name' | 'kind' | 'regionCode' | 'heldOn' | 'organiser' | 'handmadeArea' | 'exhibitors'> & {
  name: string;
  kind: EmploymentEventKind;
  regionCode: string;
  heldOn: string;
  organiser: string;
  handmadeArea: boolean;
  exhibitors: Array<{ uscc: string; inHandmadeArea: boolean }>;
};

/** Exhibitors as objects (GraphQL, JSON), or as USCCs that all exhibited in the handmade area when there was one (a CSV row). */
function readExhibitors(read: FieldReader, handmadeArea: boolean | null): ExhibitorDraft[] {
  const given = read.present('exhibitors');
  if (given === undefined) {
    const usccs = read.list('exhibitorUsccs', { max: 500 }) ?? [];
    return usccs.map((value, i) => ({ uscc: new FieldReader({ uscc: value }, read.problems, read.path(`exhibitorUsccs[${i}]`), read.env).uscc('uscc', { required: true }), inHandmadeArea: !!handmadeArea }));
  }
  if (!Array.isArray(given)) return (read.error('exhibitors', 'FORMAT', 'exhibitors must be a list of objects'), []);
  if (given.length > 500) return (read.error('exhibitors', 'OUT_OF_RANGE', `exhibitors has ${given.length} entries; at most 500 are allowed`), []);
  return given.map((value, i) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return (read.error(`exhibitors[${i}]`, 'FORMAT', `exhibitors[${i}] must be an object`), { uscc: null, inHandmadeArea: null });
    const exhibitor = new FieldReader(value as Record<string, unknown>, read.problems, read.path(`exhibitors[${i}]`), read.env);
    return { uscc: exhibitor.uscc('uscc', { required: true }), inHandmadeArea: exhibitor.boolean('inHandmadeArea', { fallback: false }) };
  });
}

/**
 * 公共就业服务专项活动: an event of a national campaign (春风行动, 金秋招聘月 …),
 * with the organisations exhibiting (by USCC) and the vacancies posted there;
 * an organisation may exhibit in the 山东手造展示区 only where the event had one.
 */
export const employmentEventRule: FilingRule<EmploymentEventDraft, Map<number, { postedOn: string }>, EmploymentEventRow> = {
  source: 'hr',
  fields: {
    name: ['活动名称'],
    kind: ['活动类型'],
    regionCode: ['举办地区代码', ...REGION_CODE],
    heldOn: ['举办日期', '开始日期'],
    endsOn: ['结束日期'],
    organiser: ['主办单位'],
    handmadeArea: ['设山东手造展示区', '山东手造展示区'],
    handmadeAreaOperator: ['山东手造运营公司', '展示区运营单位'],
    exhibitors: ['参展单位'],
    exhibitorUsccs: ['参展单位统一社会信用代码'],
    vacancyIds: ['发布岗位'],
  },

  check(read) {
    const handmadeArea = read.boolean('handmadeArea', { fallback: false });
    const d: EmploymentEventDraft = {
      name: read.text('name', { required: true, max: 200 }),
      kind: read.oneOf('kind', EMPLOYMENT_EVENT_KINDS, { required: true }),
      regionCode: read.region('regionCode', { required: true }),
      heldOn: read.date('heldOn', { required: true, notAfterToday: true }),
      endsOn: read.date('endsOn'),
      organiser: read.text('organiser', { required: true, max: 200 }),
      handmadeArea,
      handmadeAreaOperator: read.text('handmadeAreaOperator', { max: 200 }),
      exhibitors: readExhibitors(read, handmadeArea),
      vacancyIds: [],
    };
    const vacancies = read.list('vacancyIds', { max: 500 }) ?? [];
    vacancies.forEach((value, i) => {
      const id = new FieldReader({ id: value }, read.problems, read.path(`vacancyIds[${i}]`), read.env).globalId('id', 'Vacancy');
      if (id !== null) d.vacancyIds.push(id);
    });
    if (d.heldOn && d.endsOn && d.endsOn < d.heldOn) read.error('endsOn', 'DATE_ORDER', `endsOn ${d.endsOn} is before heldOn ${d.heldOn}`);
    if (!handmadeArea && d.handmadeAreaOperator) read.error('handmadeAreaOperator', 'INCONSISTENT', 'An operator of the Shandong Handmade exhibition area goes with handmadeArea: true');
    d.exhibitors.forEach((e, i) => {
      if (e.inHandmadeArea && !handmadeArea) read.error(`exhibitors[${i}].inHandmadeArea`, 'INCONSISTENT', 'The event had no Shandong Handmade exhibition area (handmadeArea is false)');
    });
    const seen = new Set<string>();
    d.exhibitors.forEach((e, i) => {
      if (e.uscc && seen.has(e.uscc)) read.error(`exhibitors[${i}].uscc`, 'DUPLICATE', `${e.uscc} is listed twice`);
      if (e.uscc) seen.add(e.uscc);
    });
    return d;
  },

  async lookup(drafts, db) {
    const rows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, posted_on FROM vacancy', 'id', drafts.flatMap((d) => d.vacancyIds));
    return new Map(rows.map((r) => [Number(r.id), { postedOn: dayOf(r.posted_on)! }]));
  },

  resolve(d, vacancies, read) {
    d.vacancyIds.forEach((id, i) => {
      const vacancy = vacancies.get(id);
      if (!vacancy) read.error(`vacancyIds[${i}]`, 'NOT_FOUND', 'No vacancy has this id');
      else if (d.endsOn ?? d.heldOn) {
        const last = (d.endsOn ?? d.heldOn)!;
        if (vacancy.postedOn > last) read.error(`vacancyIds[${i}]`, 'DATE_ORDER', `The vacancy was posted on ${vacancy.postedOn}, after the event's last day ${last}`);
      }
    });
    if (read.problems.failed || !d.name || !d.kind || !d.regionCode || !d.heldOn || !d.organiser || d.handmadeArea === null) return null;
    return {
      name: d.name, kind: d.kind, regionCode: d.regionCode, heldOn: d.heldOn, endsOn: d.endsOn, organiser: d.organiser, handmadeArea: d.handmadeArea,
      handmadeAreaOperator: d.handmadeAreaOperator,
      exhibitors: d.exhibitors.map((e) => ({ uscc: e.uscc!, inHandmadeArea: !!e.inHandmadeArea })),
      vacancyIds: [...new Set(d.vacancyIds)],
    };
  },

  async write(tx: EntityManager, rows) {
    const ids = await insertRows(tx, EmploymentEventEntity, rows.map(({ exhibitors: _e, vacancyIds: _v, ...event }) => event), true);
    await insertRows(tx, EmploymentEventExhibitorEntity, rows.flatMap((r, i) => r.exhibitors.map((e) => ({ eventId: ids[i], ...e }))), false);
    await insertRows(tx, EmploymentEventVacancyEntity, rows.flatMap((r, i) => r.vacancyIds.map((vacancyId) => ({ eventId: ids[i], vacancyId }))), false);
    return ids;
  },
};
