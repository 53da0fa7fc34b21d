import { RECOGNITION_LEVELS, RecognitionLevel, WorkshopRecognitionEntity } from '../../sources/culture';
import { FilingRule } from './filing.rule';
import { dayOf, insertRows } from './filing.sql';

/** Each level is granted on top of the one below: 县级 → 市级 → 省级. */
const BELOW: Record<RecognitionLevel, RecognitionLevel | null> = { COUNTY: null, CITY: 'COUNTY', PROVINCE: 'CITY' };

export interface WorkshopRecognitionDraft {
  workshopId: number | null;
  level: RecognitionLevel | null;
  year: number | null;
  recognizedOn: string | null;
}

interface WorkshopState {
  name: string;
  regionCode: string;
  status: string;
  recognitions: Map<string, { year: number; recognizedOn: string | null }>;
}

export type WorkshopRecognitionRow = { workshopId: number; level: RecognitionLevel; year: number; recognizedOn: string | null };

/** 市级/省级认定: a recognised workshop rises a level. */
export const workshopRecognitionRule: FilingRule<WorkshopRecognitionDraft, Map<number, WorkshopState>, WorkshopRecognitionRow> = {
  source: 'culture',
  fields: { workshopId: ['工坊'], level: ['认定级别'], year: ['认定年度'], recognizedOn: ['认定日期'] },

  check(read, env) {
    const d: WorkshopRecognitionDraft = {
      workshopId: read.globalId('workshopId', 'Workshop', { required: true }),
      level: read.oneOf('level', RECOGNITION_LEVELS, { required: true }),
      year: read.int('year', { required: true, min: 2000, max: Number(env.today.slice(0, 4)) }),
      recognizedOn: read.date('recognizedOn', { notAfterToday: true }),
    };
    if (d.year !== null && d.recognizedOn && Number(d.recognizedOn.slice(0, 4)) !== d.year) read.error('recognizedOn', 'INCONSISTENT', `recognizedOn ${d.recognizedOn} is not in the recognition year ${d.year}`);
    return d;
  },

  async lookup(drafts, db) {
    const ids = drafts.map((d) => d.workshopId).filter((id): id is number => id !== null);
    const found = new Map<number, WorkshopState>();
    for (const r of await db.rowsIn<Record<string, unknown>>('culture', 'SELECT id, name, region_code, status FROM workshop', 'id', ids)) {
      found.set(Number(r.id), { name: String(r.name), regionCode: String(r.region_code), status: String(r.status), recognitions: new Map() });
    }
    for (const r of await db.rowsIn<Record<string, unknown>>('culture', 'SELECT workshop_id, level, year, recognized_on FROM workshop_recognition', 'workshop_id', ids)) {
      found.get(Number(r.workshop_id))?.recognitions.set(String(r.level), { year: Number(r.year), recognizedOn: dayOf(r.recognized_on) });
    }
    return found;
  },

  resolve(d, workshops, read) {
    if (d.workshopId === null || !d.level || d.year === null) return null;
    const workshop = workshops.get(d.workshopId);
    if (!workshop) return read.error('workshopId', 'NOT_FOUND', 'No workshop has this id');
    if (!read.scope('workshopId', workshop.regionCode, `Workshop ${workshop.name} is in`)) return null;
    if (workshop.status === 'REVOKED') return read.error('workshopId', 'INVALID_STATE', `Workshop ${workshop.name} has had its recognition revoked`);
    if (workshop.recognitions.has(d.level)) return read.error('level', 'DUPLICATE', `Workshop ${workshop.name} is already recognised at ${d.level} level`);
    const below = BELOW[d.level];
    if (below === null) return read.error('level', 'INVALID_STATE', 'County recognition comes with registerWorkshop; recognizeWorkshop adds CITY or PROVINCE');
    const lower = workshop.recognitions.get(below);
    if (!lower) return read.error('level', 'INVALID_STATE', `${d.level} recognition needs ${below} recognition first`);
    if (d.year < lower.year) return read.error('year', 'DATE_ORDER', `year ${d.year} is before the ${below} recognition of ${lower.year}`);
    if (d.recognizedOn && lower.recognizedOn && d.recognizedOn < lower.recognizedOn) {
      return read.error('recognizedOn', 'DATE_ORDER', `recognizedOn ${d.recognizedOn} is before the ${below} recognition on ${lower.recognizedOn}`);
    }
    workshop.recognitions.set(d.level, { year: d.year, recognizedOn: d.recognizedOn });
    return { workshopId: d.workshopId, level: d.level, year: d.year, recognizedOn: d.recognizedOn };
  },

  write: (tx, rows, ids) => insertRows(tx, WorkshopRecognitionEntity, rows, ids),
};
