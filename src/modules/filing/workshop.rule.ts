import { EntityManager } from 'typeorm';
import { RECOGNITION_LEVELS, RecognitionLevel, WORKSHOP_STATUSES, WorkshopEntity, WorkshopHeritageItemEntity, WorkshopRecognitionEntity, WorkshopStatus } from '../../sources/culture';
import { heritageItemsByKey, HeritageItemRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { ITEM_KEYS, REGION_CODE, STATUS } from './field-names';

export interface WorkshopDraft {
  name: string | null;
  regionCode: string | null;
  operatorUscc: string | null;
  jobsCreated: number | null;
  status: WorkshopStatus | null;
  establishedOn: string | null;
  itemKeys: string[] | null;
  recognition: { level: RecognitionLevel | null; year: number | null; recognizedOn: string | null } | null;
}

interface WorkshopLookup {
  items: Map<string, HeritageItemRef>;
  /** name | region of workshops on file → row id. */
  existing: Map<string, number>;
}

export type WorkshopRow = {
  workshop: { name: string; regionCode: string; operatorUscc: string | null; jobsCreated: number; status: WorkshopStatus; establishedOn: string | null };
  itemIds: number[];
  recognition: { level: RecognitionLevel; year: number; recognizedOn: string | null };
};

const workshopKey = (name: string, regionCode: string) => `${name}|${regionCode}`;

/**
 * 非遗工坊认定登记: a workshop with the ICH items it works with and its first
 * recognition, which is the county's (县级认定; city and province follow with
 * recognizeWorkshop). The same name twice in one county is a duplicate.
 */
export const workshopRule: FilingRule<WorkshopDraft, WorkshopLookup, WorkshopRow> = {
  source: 'culture',
  fields: {
    name: ['工坊名称', '非遗工坊名称'],
    regionCode: ['所在县区代码', '县区代码', ...REGION_CODE],
    operatorUscc: ['运营主体统一社会信用代码', '统一社会信用代码'],
    jobsCreated: ['带动就业人数', '吸纳就业人数'],
    status: ['工坊状态', ...STATUS],
    establishedOn: ['成立日期'],
    itemKeys: ITEM_KEYS,
    'recognition.level': ['认定级别'],
    'recognition.year': ['认定年度'],
    'recognition.recognizedOn': ['认定日期'],
  },

  check(read, env) {
    const d: WorkshopDraft = {
      name: read.text('name', { required: true, max: 200 }),
      regionCode: read.region('regionCode', { required: true, level: 'COUNTY' }),
      operatorUscc: read.uscc('operatorUscc'),
      jobsCreated: read.int('jobsCreated', { required: true, min: 0, max: 100_000 }),
      status: read.oneOf('status', WORKSHOP_STATUSES, { fallback: 'ACTIVE' }),
      establishedOn: read.date('establishedOn', { notAfterToday: true }),
      itemKeys: read.itemKeys('itemKeys', { required: true, max: 20 }),
      recognition: null,
    };
    const rec = read.nested('recognition', { required: true });
    if (rec) {
      const r = {
        level: rec.oneOf('level', RECOGNITION_LEVELS, { fallback: 'COUNTY' }),
        year: rec.int('year', { required: true, min: 2000, max: Number(env.today.slice(0, 4)) }),
        recognizedOn: rec.date('recognizedOn', { notAfterToday: true }),
      };
      if (r.level && r.level !== 'COUNTY') rec.error('level', 'INVALID_STATE', `A workshop is first recognised by its county; ${r.level} recognition follows with recognizeWorkshop`);
      if (r.year !== null && r.recognizedOn && Number(r.recognizedOn.slice(0, 4)) !== r.year) rec.error('recognizedOn', 'INCONSISTENT', `recognizedOn ${r.recognizedOn} is not in the recognition year ${r.year}`);
      if (r.recognizedOn && d.establishedOn && r.recognizedOn < d.establishedOn) rec.error('recognizedOn', 'DATE_ORDER', `recognizedOn ${r.recognizedOn} is before the workshop was established on ${d.establishedOn}`);
      d.recognition = r;
    }
    return d;
  },

  async lookup(drafts, db) {
    const items = await heritageItemsByKey(db, drafts.flatMap((d) => d.itemKeys ?? []));
    const names = drafts.map((d) => d.name).filter((n): n is string => !!n);
    const rows = await db.rowsIn<Record<string, unknown>>('culture', 'SELECT id, name, region_code FROM workshop', 'name', names);
    return { items, existing: new Map(rows.map((r) => [workshopKey(String(r.name), String(r.region_code)), Number(r.id)])) };
  },

  resolve(d, found, read) {
    // The region is part of the key and was checked to be the caller's, so a workshop on file is the caller's to update.
    if (d.name && d.regionCode && found.existing.has(workshopKey(d.name, d.regionCode)) && !read.env.upsert) {
      read.error('name', 'DUPLICATE', `A workshop named ${d.name} is already registered in ${d.regionCode}`);
    }
    const itemIds: number[] = [];
    (d.itemKeys ?? []).forEach((key, i) => {
      const item = found.items.get(key);
      if (!item) return read.error(`itemKeys[${i}]`, 'NOT_FOUND', `${key} names no ICH item or listing in the culture directory`);
      if (itemIds.includes(item.itemId)) read.warn(`itemKeys[${i}]`, 'DUPLICATE', `${key} is the same item as an earlier key (${item.itemKey}); it is recorded once`);
      else itemIds.push(item.itemId);
    });
    const r = d.recognition;
    if (read.problems.failed || !d.name || !d.regionCode || d.jobsCreated === null || !d.status || !r || !r.level || r.year === null) return null;
    return {
      workshop: { name: d.name, regionCode: d.regionCode, operatorUscc: d.operatorUscc, jobsCreated: d.jobsCreated, status: d.status, establishedOn: d.establishedOn },
      itemIds,
      recognition: { level: r.level, year: r.year, recognizedOn: r.recognizedOn },
    };
  },

  async write(tx: EntityManager, rows) {
    // A workshop has no unique natural key to read ids back by, so each is its own INSERT; imports of workshops are small.
    const ids = await insertRows(tx, WorkshopEntity, rows.map((r) => r.workshop), true);
    await insertRows(tx, WorkshopRecognitionEntity, rows.map((r, i) => ({ workshopId: ids[i], ...r.recognition })), false);
    await insertRows(tx, WorkshopHeritageItemEntity, rows.flatMap((r, i) => r.itemIds.map((itemId) => ({ workshopId: ids[i], itemId }))), false);
    return ids;
  },

  batchKey: { field: 'name', of: (d) => (d.name && d.regionCode ? workshopKey(d.name, d.regionCode) : null) },

  upsert: {
    existing: (d, found) => (d.name && d.regionCode ? found.existing.get(workshopKey(d.name, d.regionCode)) ?? null : null),
    async update(tx, rows) {
      const columns = { operatorUscc: 'operatorUscc', jobsCreated: 'jobsCreated', status: 'status', establishedOn: 'establishedOn' } as const;
      await updateRows(tx, WorkshopEntity, rows.map(({ id, row, given }) => ({ id, values: givenValues(row.workshop, given, columns) })));
      // The first (county) recognition is the one a registration carries; city and province ones are recognizeWorkshop's.
      const byWorkshop = new Map(rows.map((r) => [r.id, r]));
      await updateRows(
        tx,
        WorkshopRecognitionEntity,
        (await countyRecognitions(tx, [...byWorkshop.keys()])).map(({ workshopId, id }) => {
          const { row, given } = byWorkshop.get(workshopId)!;
          return { id, values: givenValues(row.recognition, given, { 'recognition.year': 'year', 'recognition.recognizedOn': 'recognizedOn' }) };
        }),
      );
      const replaced = rows.filter((r) => r.given.has('itemKeys'));
      for (const { id } of replaced) await tx.query('DELETE FROM workshop_heritage_item WHERE workshop_id = ?', [id]);
      await insertRows(tx, WorkshopHeritageItemEntity, replaced.flatMap(({ id, row }) => row.itemIds.map((itemId) => ({ workshopId: id, itemId }))), false);
    },
  },
};

async function countyRecognitions(tx: EntityManager, workshopIds: number[]): Promise<Array<{ id: number; workshopId: number }>> {
  const out: Array<{ id: number; workshopId: number }> = [];
  for (let i = 0; i < workshopIds.length; i += 1000) {
    const chunk = workshopIds.slice(i, i + 1000);
    const rows: Array<Record<string, unknown>> = await tx.query(
      `SELECT id, workshop_id FROM workshop_recognition WHERE level = 'COUNTY' AND workshop_id IN (${chunk.map(() => '?').join(', ')})`,
      chunk,
    );
    out.push(...rows.map((r) => ({ id: Number(r.id), workshopId: Number(r.workshop_id) })));
  }
  return out;
}
