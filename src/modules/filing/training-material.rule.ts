import { EntityManager } from 'typeorm';
import { TRAINING_MATERIAL_KINDS, TrainingMaterialCatalogEntryEntity, TrainingMaterialEntity, TrainingMaterialItemEntity, TrainingMaterialKind } from '../../sources/hr';
import { TRAINING_MATERIAL_BY_CODE } from '../material/material.lookups';
import { CATALOG_ENTRY_BY_CODE } from '../training/training.lookups';
import { heritageItemsByKey, HeritageItemRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { inScope } from './filing.env';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { ITEM_KEYS, REGION_CODE } from './field-names';
import { CODE_PATTERN } from './training-catalog-entry.rule';

export interface TrainingMaterialDraft {
  code: string | null;
  title: string | null;
  kind: TrainingMaterialKind | null;
  publisher: string | null;
  year: number | null;
  releasedOn: string | null;
  classHours: number | null;
  isbn: string | null;
  regionCode: string | null;
  itemKeys: string[] | null;
  catalogEntryCodes: string[] | null;
}

interface MaterialLookup {
  codes: Map<string, { id: number; regionCode: string }>;
  items: Map<string, HeritageItemRef>;
  entries: Map<string, number>;
}

export type TrainingMaterialRow = {
  code: string;
  title: string;
  kind: TrainingMaterialKind;
  publisher: string;
  year: number;
  releasedOn: string | null;
  classHours: number | null;
  isbn: string | null;
  regionCode: string;
  /** The items' own keys, deduplicated; written to training_material_item. */
  itemKeys: string[];
  /** Row ids of the catalogue entries; written to training_material_catalog_entry. */
  catalogEntryIds: number[];
};

/** ISBN-13 without hyphens or spaces, its check digit verified; an error message otherwise. */
export function normalizeIsbn(value: string): { ok: true; value: string } | { ok: false; message: string } {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^97[89]\d{10}$/.test(digits)) return { ok: false, message: `"${value}" is not an ISBN-13 (13 digits starting 978 or 979)` };
  const sum = [...digits.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  if (check !== Number(digits[12])) return { ok: false, message: `ISBN ${digits} fails its check digit (expected ${check})` };
  return { ok: true, value: digits };
}

/**
 * 特色培训教材和培训课程备案: a textbook or course, the ICH items it teaches
 * (which must exist in culture; an extension listing's key is stored as its
 * item's own key) and the catalogue programmes it is used in (by code).
 */
export const trainingMaterialRule: FilingRule<TrainingMaterialDraft, MaterialLookup, TrainingMaterialRow> = {
  source: 'hr',
  fields: {
    code: ['教材课程编号', '编号'],
    title: ['教材课程名称', '名称'],
    kind: ['类别', '教材课程类别'],
    publisher: ['出版单位', '开发单位', '出版（开发）单位'],
    year: ['出版年度', '年度'],
    releasedOn: ['出版日期', '发布日期'],
    classHours: ['课时', '学时'],
    isbn: ['国际标准书号', '书号'],
    regionCode: ['备案地区代码', ...REGION_CODE],
    itemKeys: ITEM_KEYS,
    catalogEntryCodes: ['适用培训项目编号', '培训项目编号'],
  },

  check(read, env) {
    const rawCode = read.text('code', { required: true, max: 32 });
    const code = rawCode?.toUpperCase() ?? null;
    if (code && !CODE_PATTERN.test(code)) read.error('code', 'FORMAT', `code "${rawCode}" must be 3–32 letters, digits and dashes, e.g. SDJC-2024-0012`);
    const rawIsbn = read.text('isbn', { max: 30 });
    let isbn: string | null = null;
    if (rawIsbn) {
      const parsed = normalizeIsbn(rawIsbn);
      if (parsed.ok) isbn = parsed.value;
      else read.error('isbn', 'FORMAT', parsed.message);
    }
    const d: TrainingMaterialDraft = {
      code: code && CODE_PATTERN.test(code) ? code : null,
      title: read.text('title', { required: true, max: 200 }),
      kind: read.oneOf('kind', TRAINING_MATERIAL_KINDS, { required: true }),
      publisher: read.text('publisher', { required: true, max: 200 }),
      year: read.int('year', { required: true, min: 1990, max: Number(env.today.slice(0, 4)) }),
      releasedOn: read.date('releasedOn', { notAfterToday: true }),
      classHours: read.int('classHours', { min: 1, max: 2000 }),
      isbn,
      regionCode: read.region('regionCode', { required: true }),
      itemKeys: read.itemKeys('itemKeys', { required: true, max: 20 }),
      catalogEntryCodes: read.list('catalogEntryCodes', { max: 50 })?.map((c) => c.toUpperCase()) ?? null,
    };
    if (d.kind && d.kind !== 'TEXTBOOK' && d.classHours === null && !read.problems.hasErrorOn(read.path('classHours'))) {
      read.error('classHours', 'REQUIRED', `classHours is required for a ${d.kind}`);
    }
    if (d.isbn && d.kind && d.kind !== 'TEXTBOOK') read.error('isbn', 'INCONSISTENT', `Only a TEXTBOOK has an ISBN, not a ${d.kind}`);
    if (d.year !== null && d.releasedOn && Number(d.releasedOn.slice(0, 4)) !== d.year) {
      read.error('releasedOn', 'INCONSISTENT', `releasedOn ${d.releasedOn} is not in the year ${d.year}`);
    }
    return d;
  },

  async lookup(drafts, db) {
    const materials = await TRAINING_MATERIAL_BY_CODE.find(db.on('hr'), drafts.map((d) => d.code));
    const codes = new Map([...materials].map(([code, m]) => [code, { id: m.rowId, regionCode: m.regionCode }]));
    const items = await heritageItemsByKey(db, drafts.flatMap((d) => d.itemKeys ?? []));
    const found = await CATALOG_ENTRY_BY_CODE.find(db.on('hr'), drafts.flatMap((d) => d.catalogEntryCodes ?? []));
    return { codes, items, entries: new Map([...found].map(([code, e]) => [code, e.rowId])) };
  },

  resolve(d, found, read) {
    const onFile = d.code ? found.codes.get(d.code) : undefined;
    if (onFile && !(read.env.upsert && inScope(read.env, onFile.regionCode))) read.error('code', 'DUPLICATE', `A training material with code ${d.code} is already on file`);
    const itemKeys: string[] = [];
    (d.itemKeys ?? []).forEach((key, i) => {
      const item = found.items.get(key);
      if (!item) return read.error(`itemKeys[${i}]`, 'NOT_FOUND', `${key} names no ICH item or listing in the culture directory`);
      if (itemKeys.includes(item.itemKey)) read.warn(`itemKeys[${i}]`, 'DUPLICATE', `${key} is the same item as an earlier key (${item.itemKey}); it is recorded once`);
      else itemKeys.push(item.itemKey);
    });
    const catalogEntryIds: number[] = [];
    (d.catalogEntryCodes ?? []).forEach((code, i) => {
      const id = found.entries.get(code);
      if (id === undefined) return read.error(`catalogEntryCodes[${i}]`, 'NOT_FOUND', `No training catalogue entry has code ${code}`);
      if (catalogEntryIds.includes(id)) read.warn(`catalogEntryCodes[${i}]`, 'DUPLICATE', `${code} is named twice; it is recorded once`);
      else catalogEntryIds.push(id);
    });
    if (read.problems.failed || !d.code || !d.title || !d.kind || !d.publisher || d.year === null || !d.regionCode) return null;
    return {
      code: d.code, title: d.title, kind: d.kind, publisher: d.publisher, year: d.year, releasedOn: d.releasedOn,
      classHours: d.classHours, isbn: d.isbn, regionCode: d.regionCode, itemKeys, catalogEntryIds,
    };
  },

  async write(tx: EntityManager, rows, ids) {
    const materials = rows.map(({ itemKeys: _items, catalogEntryIds: _entries, ...material }) => material);
    const inserted = await insertRows(tx, TrainingMaterialEntity, materials, ids);
    // A batch insert reports no ids: read them back by the unique code.
    const idByCode = new Map<string, number>();
    if (ids) rows.forEach((r, i) => idByCode.set(r.code, inserted[i]));
    else for (const [code, m] of await TRAINING_MATERIAL_BY_CODE.find(tx, rows.map((r) => r.code))) idByCode.set(code, m.rowId);
    await insertRows(tx, TrainingMaterialItemEntity, rows.flatMap((r) => r.itemKeys.map((itemKey) => ({ materialId: idByCode.get(r.code)!, itemKey }))), false);
    await insertRows(tx, TrainingMaterialCatalogEntryEntity, rows.flatMap((r) => r.catalogEntryIds.map((catalogEntryId) => ({ materialId: idByCode.get(r.code)!, catalogEntryId }))), false);
    return inserted;
  },

  batchKey: { field: 'code', of: (d) => d.code },

  upsert: {
    existing: (d, found) => (d.code ? found.codes.get(d.code)?.id ?? null : null),
    async update(tx, rows) {
      const columns = { title: 'title', kind: 'kind', publisher: 'publisher', year: 'year', releasedOn: 'releasedOn', classHours: 'classHours', isbn: 'isbn', regionCode: 'regionCode' } as const;
      await updateRows(tx, TrainingMaterialEntity, rows.map(({ id, row: { itemKeys: _i, catalogEntryIds: _e, ...material }, given }) => ({ id, values: givenValues(material, given, columns) })));
      // The file's lists replace the material's.
      const items = rows.filter((r) => r.given.has('itemKeys'));
      for (const { id } of items) await tx.query('DELETE FROM training_material_item WHERE material_id = ?', [id]);
      await insertRows(tx, TrainingMaterialItemEntity, items.flatMap(({ id, row }) => row.itemKeys.map((itemKey) => ({ materialId: id, itemKey }))), false);
      const entries = rows.filter((r) => r.given.has('catalogEntryCodes'));
      for (const { id } of entries) await tx.query('DELETE FROM training_material_catalog_entry WHERE material_id = ?', [id]);
      await insertRows(tx, TrainingMaterialCatalogEntryEntity, entries.flatMap(({ id, row }) => row.catalogEntryIds.map((catalogEntryId) => ({ materialId: id, catalogEntryId }))), false);
    },
  },
};
