import { EntityManager } from 'typeorm';
import { TRAINING_CATALOG_STATUSES, TrainingCatalogEntryEntity, TrainingCatalogItemEntity, TrainingCatalogStatus } from '../../sources/hr';
import { CATALOG_ENTRY_BY_CODE } from '../training/training.lookups';
import { heritageItemsByKey, HeritageItemRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { inScope } from './filing.env';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { ITEM_KEYS, OCCUPATION_CODE_COLUMN, REGION_CODE, STATUS } from './field-names';

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;
const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;

export interface TrainingCatalogEntryDraft {
  code: string | null;
  title: string | null;
  occupationCode: string | null;
  abilitySpec: string | null;
  classHours: number | null;
  subsidyPerHour: string | null;
  regionCode: string | null;
  itemKeys: string[] | null;
  status: TrainingCatalogStatus | null;
  publishedOn: string | null;
}

interface CatalogLookup {
  /** Entries on file by code. */
  codes: Map<string, { id: number; regionCode: string }>;
  items: Map<string, HeritageItemRef>;
}

export type TrainingCatalogEntryRow = {
  code: string;
  title: string;
  occupationCode: string | null;
  abilitySpec: string | null;
  classHours: number;
  subsidyPerHour: string;
  regionCode: string;
  status: TrainingCatalogStatus;
  publishedOn: string | null;
  /** The items' own keys, deduplicated; written to training_catalog_item. */
  itemKeys: string[];
};

/**
 * 培训项目目录备案: a programme of the Shandong Handmade training catalogue,
 * filed as a DRAFT and published later. Its ICH items must exist in culture;
 * an extension listing's key is stored as its item's own key. Imports of an
 * existing catalogue may carry PUBLISHED or WITHDRAWN entries with their day.
 */
export const trainingCatalogEntryRule: FilingRule<TrainingCatalogEntryDraft, CatalogLookup, TrainingCatalogEntryRow> = {
  source: 'hr',
  fields: {
    code: ['培训项目编号', '项目编号', '目录编号'],
    title: ['培训项目名称', '项目名称'],
    occupationCode: OCCUPATION_CODE_COLUMN,
    abilitySpec: ['专项职业能力名称', '专项职业能力'],
    classHours: ['培训课时', '课时', '学时'],
    subsidyPerHour: ['每课时补贴标准', '课时补贴标准', '补贴标准'],
    regionCode: ['备案地区代码', ...REGION_CODE],
    itemKeys: ITEM_KEYS,
    status: ['目录状态', ...STATUS],
    publishedOn: ['发布日期'],
  },

  check(read) {
    const rawCode = read.text('code', { required: true, max: 32 });
    const code = rawCode?.toUpperCase() ?? null;
    if (code && !CODE_PATTERN.test(code)) read.error('code', 'FORMAT', `code "${rawCode}" must be 3–32 letters, digits and dashes, e.g. SDSZ-2024-00012`);
    const d: TrainingCatalogEntryDraft = {
      code: code && CODE_PATTERN.test(code) ? code : null,
      title: read.text('title', { required: true, max: 200 }),
      occupationCode: read.text('occupationCode', { max: 20, pattern: OCCUPATION_CODE, patternHint: 'is not an occupation code of the form 6-09-03-01' }),
      abilitySpec: read.text('abilitySpec', { max: 200 }),
      classHours: read.int('classHours', { required: true, min: 1, max: 2000 }),
      subsidyPerHour: read.decimal('subsidyPerHour', { required: true, min: '0.00', max: '1000.00' }),
      regionCode: read.region('regionCode', { required: true }),
      itemKeys: read.itemKeys('itemKeys', { required: true, max: 20 }),
      status: read.oneOf('status', TRAINING_CATALOG_STATUSES, { fallback: 'DRAFT' }),
      publishedOn: read.date('publishedOn', { notAfterToday: true }),
    };
    if (!read.present('occupationCode') && !read.present('abilitySpec')) {
      read.error('occupationCode', 'REQUIRED', 'A programme trains for an occupation (occupationCode) or a specialised ability (abilitySpec); give one');
    }
    if (d.status === 'DRAFT' && d.publishedOn) read.error('publishedOn', 'INCONSISTENT', 'A DRAFT entry has no publication day; publish it with publishTrainingCatalogEntry');
    if (d.status && d.status !== 'DRAFT' && !d.publishedOn && !read.problems.hasErrorOn(read.path('publishedOn'))) {
      read.error('publishedOn', 'REQUIRED', `publishedOn is required for a ${d.status} entry`);
    }
    return d;
  },

  async lookup(drafts, db) {
    const entries = await CATALOG_ENTRY_BY_CODE.find(db.on('hr'), drafts.map((d) => d.code));
    const codes = new Map([...entries].map(([code, e]) => [code, { id: e.rowId, regionCode: e.regionCode }]));
    const items = await heritageItemsByKey(db, drafts.flatMap((d) => d.itemKeys ?? []));
    return { codes, items };
  },

  resolve(d, found, read) {
    const onFile = d.code ? found.codes.get(d.code) : undefined;
    if (onFile && !(read.env.upsert && inScope(read.env, onFile.regionCode))) read.error('code', 'DUPLICATE', `A catalogue entry with code ${d.code} is already on file`);
    const itemKeys: string[] = [];
    (d.itemKeys ?? []).forEach((key, i) => {
      const item = found.items.get(key);
      if (!item) return read.error(`itemKeys[${i}]`, 'NOT_FOUND', `${key} names no ICH item or listing in the culture directory`);
      if (itemKeys.includes(item.itemKey)) read.warn(`itemKeys[${i}]`, 'DUPLICATE', `${key} is the same item as an earlier key (${item.itemKey}); it is recorded once`);
      else itemKeys.push(item.itemKey);
    });
    if (read.problems.failed || !d.code || !d.title || d.classHours === null || !d.subsidyPerHour || !d.regionCode || !d.status) return null;
    return {
      code: d.code, title: d.title, occupationCode: d.occupationCode, abilitySpec: d.abilitySpec, classHours: d.classHours,
      subsidyPerHour: d.subsidyPerHour, regionCode: d.regionCode, status: d.status, publishedOn: d.publishedOn, itemKeys,
    };
  },

  async write(tx: EntityManager, rows, ids) {
    const entries = rows.map(({ itemKeys: _items, ...entry }) => entry);
    const inserted = await insertRows(tx, TrainingCatalogEntryEntity, entries, ids);
    // A batch insert reports no ids: read them back by the unique code.
    const idByCode = new Map<string, number>();
    if (ids) rows.forEach((r, i) => idByCode.set(r.code, inserted[i]));
    else for (const [code, entry] of await CATALOG_ENTRY_BY_CODE.find(tx, rows.map((r) => r.code))) idByCode.set(code, entry.rowId);
    await insertRows(tx, TrainingCatalogItemEntity, rows.flatMap((r) => r.itemKeys.map((itemKey) => ({ entryId: idByCode.get(r.code)!, itemKey }))), false);
    return inserted;
  },

  batchKey: { field: 'code', of: (d) => d.code },

  upsert: {
    existing: (d, found) => (d.code ? found.codes.get(d.code)?.id ?? null : null),
    async update(tx, rows) {
      const columns = { title: 'title', occupationCode: 'occupationCode', abilitySpec: 'abilitySpec', classHours: 'classHours', subsidyPerHour: 'subsidyPerHour', regionCode: 'regionCode', status: 'status', publishedOn: 'publishedOn' } as const;
      await updateRows(tx, TrainingCatalogEntryEntity, rows.map(({ id, row: { itemKeys: _items, ...entry }, given }) => ({ id, values: givenValues(entry, given, columns) })));
      // The file's item list replaces the entry's.
      const replaced = rows.filter((r) => r.given.has('itemKeys'));
      for (const { id } of replaced) await tx.query('DELETE FROM training_catalog_item WHERE entry_id = ?', [id]);
      await insertRows(tx, TrainingCatalogItemEntity, replaced.flatMap(({ id, row }) => row.itemKeys.map((itemKey) => ({ entryId: id, itemKey }))), false);
    },
  },
};
