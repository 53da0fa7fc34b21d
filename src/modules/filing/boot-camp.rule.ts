import { BootCampEntity } from '../../sources/hr';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { REGION_CODE } from './field-names';
import { CODE_PATTERN } from './training-catalog-entry.rule';

export interface BootCampDraft {
  code: string | null;
  name: string | null;
  organiser: string | null;
  regionCode: string | null;
  startsOn: string | null;
  endsOn: string | null;
  intake: number | null;
}

export type BootCampRow = { code: string; name: string; organiser: string; regionCode: string; startsOn: string; endsOn: string; intake: number };

/**
 * 创业训练营: a city's boot camp (notice §二(四): 各市 … 开展创业训练营活动), so
 * filed under a city's code, with a code of its own, its organiser, its days
 * and the places planned. Camps are announced ahead: the opening day may lie
 * in the future.
 */
export const bootCampRule: FilingRule<BootCampDraft, Set<string>, BootCampRow> = {
  source: 'hr',
  fields: {
    code: ['训练营编号', '编号'],
    name: ['训练营名称', '名称'],
    organiser: ['主办单位'],
    regionCode: ['举办城市代码', ...REGION_CODE],
    startsOn: ['开营日期'],
    endsOn: ['结营日期'],
    intake: ['计划招收人数', '招收人数'],
  },

  check(read) {
    const rawCode = read.text('code', { required: true, max: 32 });
    const code = rawCode?.toUpperCase() ?? null;
    if (code && !CODE_PATTERN.test(code)) read.error('code', 'FORMAT', `code "${rawCode}" must be 3–32 letters, digits and dashes, e.g. CYXLY-2024-3707`);
    const d: BootCampDraft = {
      code: code && CODE_PATTERN.test(code) ? code : null,
      name: read.text('name', { required: true, max: 200 }),
      organiser: read.text('organiser', { required: true, max: 100 }),
      regionCode: read.region('regionCode', { required: true, level: 'CITY' }),
      startsOn: read.date('startsOn', { required: true }),
      endsOn: read.date('endsOn', { required: true }),
      intake: read.int('intake', { required: true, min: 1, max: 500 }),
    };
    if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) read.error('endsOn', 'DATE_ORDER', `endsOn ${d.endsOn} is before startsOn ${d.startsOn}`);
    return d;
  },

  async lookup(drafts, db) {
    const rows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT code FROM boot_camp', 'code', drafts.map((d) => d.code).filter((c): c is string => !!c));
    return new Set(rows.map((r) => String(r.code)));
  },

  resolve(d, onFile, read) {
    if (d.code && onFile.has(d.code)) read.error('code', 'DUPLICATE', `A boot camp with code ${d.code} is already on file`);
    if (read.problems.failed || !d.code || !d.name || !d.organiser || !d.regionCode || !d.startsOn || !d.endsOn || d.intake === null) return null;
    return { code: d.code, name: d.name, organiser: d.organiser, regionCode: d.regionCode, startsOn: d.startsOn, endsOn: d.endsOn, intake: d.intake };
  },

  write: (tx, rows, ids) => insertRows(tx, BootCampEntity, rows, ids),

  batchKey: { field: 'code', of: (d) => d.code },
};
