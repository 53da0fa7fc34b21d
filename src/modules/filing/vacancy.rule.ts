import { IchCategoryName, VACANCY_STATUSES, VacancyEntity, VacancyStatus } from '../../sources/hr';
import { compareDecimal } from '../../shared/decimal';
import { heritageItemsByKey, HeritageItemRef, present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { REGION_CODE, STATUS } from './field-names';

export interface VacancyDraft {
  employerUscc: string | null;
  title: string | null;
  craft: string | null;
  itemKey: string | null;
  headcount: number | null;
  payMin: string | null;
  payMax: string | null;
  regionCode: string | null;
  postedOn: string | null;
  closesOn: string | null;
  status: VacancyStatus | null;
}

export type VacancyRow = Omit<VacancyDraft, 'employerUscc' | 'title' | 'headcount' | 'payMin' | 'payMax' | 'regionCode' | 'postedOn' | 'status'> & {
  employerUscc: string;
  title: string;
  headcount: number;
  payMin: string;
  payMax: string;
  regionCode: string;
  postedOn: string;
  status: VacancyStatus;
  /** The item's category, copied from culture for job matching. */
  ichCategory: IchCategoryName | null;
};

/**
 * 岗位发布: a vacancy an employer posts with the public employment service; a
 * craft's ICH item key is optional. A vacancy has no natural key (the same
 * employer posts the same title again), so an import cannot update one.
 */
export const vacancyRule: FilingRule<VacancyDraft, Map<string, HeritageItemRef>, VacancyRow> = {
  source: 'hr',
  fields: {
    employerUscc: ['用人单位统一社会信用代码', '招聘单位统一社会信用代码', '统一社会信用代码'],
    title: ['岗位名称'],
    craft: ['技艺', '工种'],
    itemKey: ['非遗项目编号', '非遗项目'],
    headcount: ['招聘人数'],
    payMin: ['最低月薪', '薪酬下限'],
    payMax: ['最高月薪', '薪酬上限'],
    regionCode: ['工作地区代码', ...REGION_CODE],
    postedOn: ['发布日期'],
    closesOn: ['截止日期'],
    status: ['岗位状态', ...STATUS],
  },

  check(read) {
    const d: VacancyDraft = {
      employerUscc: read.uscc('employerUscc', { required: true }),
      title: read.text('title', { required: true, max: 200 }),
      craft: read.text('craft', { max: 100 }),
      itemKey: read.itemKey('itemKey'),
      headcount: read.int('headcount', { required: true, min: 1, max: 10_000 }),
      payMin: read.decimal('payMin', { required: true, min: '0.00', max: '1000000.00' }),
      payMax: read.decimal('payMax', { required: true, min: '0.00', max: '1000000.00' }),
      regionCode: read.region('regionCode', { required: true }),
      postedOn: read.date('postedOn', { required: true, notAfterToday: true }),
      closesOn: read.date('closesOn'),
      status: read.oneOf('status', VACANCY_STATUSES, { fallback: 'OPEN' }),
    };
    if (d.payMin && d.payMax && compareDecimal(d.payMax, d.payMin) < 0) read.error('payMax', 'OUT_OF_RANGE', `payMax ${d.payMax} is below payMin ${d.payMin}`);
    if (d.postedOn && d.closesOn && d.closesOn < d.postedOn) read.error('closesOn', 'DATE_ORDER', `closesOn ${d.closesOn} is before postedOn ${d.postedOn}`);
    return d;
  },

  lookup: (drafts, db) => heritageItemsByKey(db, present(drafts.map((d) => d.itemKey))),

  resolve(d, items, read) {
    let itemKey: string | null = null;
    let ichCategory: IchCategoryName | null = null;
    if (d.itemKey) {
      const item = items.get(d.itemKey);
      if (!item) read.error('itemKey', 'NOT_FOUND', `${d.itemKey} names no ICH item or listing in the culture directory`);
      else ({ itemKey, category: ichCategory } = item);
    }
    if (read.problems.failed || !d.employerUscc || !d.title || d.headcount === null || !d.payMin || !d.payMax || !d.regionCode || !d.postedOn || !d.status) return null;
    return {
      employerUscc: d.employerUscc, title: d.title, craft: d.craft, itemKey, headcount: d.headcount, payMin: d.payMin, payMax: d.payMax,
      regionCode: d.regionCode, postedOn: d.postedOn, closesOn: d.closesOn, status: d.status, ichCategory,
    };
  },

  write: (tx, rows, ids) => insertRows(tx, VacancyEntity, rows, ids),
};
