import { LABOR_BRAND_UNIT_KINDS, LaborBrandUnitEntity, LaborBrandUnitKind } from '../../sources/hr';
import { DIRECTORY_ORGANIZATION_BY_USCC } from '../organization/organization.lookups';
import { present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';

export interface LaborBrandUnitDraft {
  brandId: number | null;
  uscc: string | null;
  unitKind: LaborBrandUnitKind | null;
  recognizedOn: string | null;
}

interface UnitLookup {
  brands: Map<number, { regionCode: string; establishedYear: number; name: string }>;
  units: Set<string>;
  /** What the culture side knows of each USCC. */
  culture: Map<string, { inDirectory: boolean; keyEnterprise: boolean; keyProject: boolean; operatesWorkshop: boolean }>;
}

export type LaborBrandUnitRow = { brandId: number; uscc: string; unitKind: LaborBrandUnitKind; recognizedOn: string };

/**
 * 特色劳务品牌建设单位备案: a workshop operator, key enterprise or key project
 * of the culture directory recognised as carrying a labour brand. The USCC
 * must be known to culture: in the directory or operating a workshop.
 */
export const laborBrandUnitRule: FilingRule<LaborBrandUnitDraft, UnitLookup, LaborBrandUnitRow> = {
  source: 'hr',
  fields: { brandId: ['劳务品牌'], uscc: ['统一社会信用代码'], unitKind: ['建设单位类型'], recognizedOn: ['认定日期'] },

  check: (read) => ({
    brandId: read.globalId('brandId', 'LaborBrand', { required: true }),
    uscc: read.uscc('uscc', { required: true }),
    unitKind: read.oneOf('unitKind', LABOR_BRAND_UNIT_KINDS, { required: true }),
    recognizedOn: read.date('recognizedOn', { required: true, notAfterToday: true }),
  }),

  async lookup(drafts, db) {
    const brandRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, name, region_code, established_year FROM labor_brand', 'id', present(drafts.map((d) => d.brandId)));
    const brands = new Map(brandRows.map((r) => [Number(r.id), { regionCode: String(r.region_code), establishedYear: Number(r.established_year), name: String(r.name) }]));
    const usccs = present(drafts.map((d) => d.uscc));
    const units = new Set((await db.rowsIn<Record<string, unknown>>('hr', 'SELECT brand_id, uscc FROM labor_brand_unit', 'uscc', usccs)).map((r) => `${r.brand_id}|${r.uscc}`));
    const culture = new Map<string, { inDirectory: boolean; keyEnterprise: boolean; keyProject: boolean; operatesWorkshop: boolean }>();
    const known = (uscc: string) => {
      let entry = culture.get(uscc);
      if (!entry) culture.set(uscc, (entry = { inDirectory: false, keyEnterprise: false, keyProject: false, operatesWorkshop: false }));
      return entry;
    };
    for (const [uscc, o] of await DIRECTORY_ORGANIZATION_BY_USCC.find(db.on('culture'), usccs)) {
      Object.assign(known(uscc), { inDirectory: true, keyEnterprise: o.keyEnterprise, keyProject: o.keyProject });
    }
    for (const r of await db.rowsIn<Record<string, unknown>>('culture', 'SELECT DISTINCT operator_uscc FROM workshop', 'operator_uscc', usccs)) known(String(r.operator_uscc)).operatesWorkshop = true;
    return { brands, units, culture };
  },

  resolve(d, found, read) {
    const brand = d.brandId !== null ? found.brands.get(d.brandId) : undefined;
    if (d.brandId !== null && !brand) read.error('brandId', 'NOT_FOUND', 'No labour brand has this id');
    if (brand) read.scope('brandId', brand.regionCode, `Labour brand ${brand.name} belongs to`);
    if (brand && d.uscc && found.units.has(`${d.brandId}|${d.uscc}`)) read.error('uscc', 'DUPLICATE', `${d.uscc} is already a building unit of ${brand.name}`);
    const culture = d.uscc ? found.culture.get(d.uscc) : undefined;
    if (d.uscc && !culture) read.error('uscc', 'NOT_FOUND', `${d.uscc} is neither in the culture directory (山东手造基础信息目录) nor the operator of a workshop`);
    if (culture && d.unitKind === 'WORKSHOP' && !culture.operatesWorkshop) read.warn('unitKind', 'INCONSISTENT', `${d.uscc} operates no workshop on the culture side`);
    if (culture && d.unitKind === 'KEY_ENTERPRISE' && !culture.keyEnterprise) read.warn('unitKind', 'INCONSISTENT', `${d.uscc} is not flagged as a key enterprise (重点企业) in the directory`);
    if (culture && d.unitKind === 'KEY_PROJECT' && !culture.keyProject) read.warn('unitKind', 'INCONSISTENT', `${d.uscc} is not flagged as a key project (重点项目) in the directory`);
    if (brand && d.recognizedOn && Number(d.recognizedOn.slice(0, 4)) < brand.establishedYear) {
      read.error('recognizedOn', 'DATE_ORDER', `recognizedOn ${d.recognizedOn} is before the brand was established in ${brand.establishedYear}`);
    }
    if (read.problems.failed || d.brandId === null || !d.uscc || !d.unitKind || !d.recognizedOn) return null;
    return { brandId: d.brandId, uscc: d.uscc, unitKind: d.unitKind, recognizedOn: d.recognizedOn };
  },

  write: (tx, rows, ids) => insertRows(tx, LaborBrandUnitEntity, rows, ids),

  batchKey: { field: 'uscc', of: (d) => (d.brandId !== null && d.uscc ? `${d.brandId}|${d.uscc}` : null) },
};
