import { FEATURED_DESIGNATION_KINDS, FeaturedDesignationEntity, FeaturedDesignationKind } from '../../sources/hr';
import { CATALOG_ENTRY_BY_CODE } from '../training/training.lookups';
import { present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { regionLabel } from './filing.env';
import { insertRows } from './filing.sql';
import { REGION_CODE } from './field-names';

export interface FeaturedDesignationDraft {
  kind: FeaturedDesignationKind | null;
  regionCode: string | null;
  year: number | null;
  laborBrandId: number | null;
  catalogEntryCode: string | null;
}

interface DesignationLookup {
  brands: Map<number, { regionCode: string; name: string }>;
  entries: Map<string, { id: number; regionCode: string; status: string }>;
  /** kind | region | year of designations on file (and accepted so far). */
  taken: Set<string>;
}

export type FeaturedDesignationRow = { kind: FeaturedDesignationKind; regionCode: string; year: number; laborBrandId: number | null; catalogEntryId: number | null };

const slot = (kind: string, region: string, year: number) => `${kind}|${region}|${year}`;

/**
 * 一市一品牌、一县一项目 (notice §二(二)): a city designates one of its labour
 * brands its featured brand for a year, a county one published catalogue
 * programme (its own or its city's) its featured project; one of each per
 * city or county and year.
 */
export const featuredDesignationRule: FilingRule<FeaturedDesignationDraft, DesignationLookup, FeaturedDesignationRow> = {
  source: 'hr',
  fields: {
    kind: ['认定类型'],
    regionCode: ['认定地区代码', ...REGION_CODE],
    year: ['认定年度', '年度'],
    laborBrandId: ['劳务品牌'],
    catalogEntryCode: ['培训项目编号'],
  },

  check(read, env) {
    const kind = read.oneOf('kind', FEATURED_DESIGNATION_KINDS, { required: true });
    const d: FeaturedDesignationDraft = {
      kind,
      regionCode: read.region('regionCode', { required: true, ...(kind ? { level: kind === 'CITY_BRAND' ? ('CITY' as const) : ('COUNTY' as const) } : {}) }),
      year: read.int('year', { required: true, min: 2022, max: Number(env.today.slice(0, 4)) + 1 }),
      laborBrandId: read.globalId('laborBrandId', 'LaborBrand'),
      catalogEntryCode: read.text('catalogEntryCode', { max: 32 })?.toUpperCase() ?? null,
    };
    if (kind === 'CITY_BRAND' && !read.present('laborBrandId')) read.error('laborBrandId', 'REQUIRED', 'A CITY_BRAND designation names the labour brand (laborBrandId)');
    if (kind === 'CITY_BRAND' && read.present('catalogEntryCode')) read.error('catalogEntryCode', 'INCONSISTENT', 'A CITY_BRAND designation names a labour brand, not a catalogue programme');
    if (kind === 'COUNTY_PROJECT' && !read.present('catalogEntryCode')) read.error('catalogEntryCode', 'REQUIRED', 'A COUNTY_PROJECT designation names the catalogue programme (catalogEntryCode)');
    if (kind === 'COUNTY_PROJECT' && read.present('laborBrandId')) read.error('laborBrandId', 'INCONSISTENT', 'A COUNTY_PROJECT designation names a catalogue programme, not a labour brand');
    return d;
  },

  async lookup(drafts, db) {
    const brandRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, name, region_code FROM labor_brand', 'id', present(drafts.map((d) => d.laborBrandId)));
    const found = await CATALOG_ENTRY_BY_CODE.find(db.on('hr'), drafts.map((d) => d.catalogEntryCode));
    const takenRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT kind, region_code, year FROM featured_designation', 'region_code', present(drafts.map((d) => d.regionCode)));
    return {
      brands: new Map(brandRows.map((r) => [Number(r.id), { regionCode: String(r.region_code), name: String(r.name) }])),
      entries: new Map([...found].map(([code, e]) => [code, { id: e.rowId, regionCode: e.regionCode, status: e.status }])),
      taken: new Set(takenRows.map((r) => slot(String(r.kind), String(r.region_code), Number(r.year)))),
    };
  },

  resolve(d, found, read) {
    const region = d.regionCode;
    const brand = d.laborBrandId !== null ? found.brands.get(d.laborBrandId) : undefined;
    if (d.laborBrandId !== null && !brand) read.error('laborBrandId', 'NOT_FOUND', 'No labour brand has this id');
    if (brand && region && !brand.regionCode.startsWith(region.slice(0, 4))) {
      read.error('laborBrandId', 'INCONSISTENT', `Labour brand ${brand.name} belongs to ${regionLabel(read.env, brand.regionCode)}, not to the city ${regionLabel(read.env, region)}`);
    }
    const entry = d.catalogEntryCode ? found.entries.get(d.catalogEntryCode) : undefined;
    if (d.catalogEntryCode && !entry) read.error('catalogEntryCode', 'NOT_FOUND', `No catalogue entry has code ${d.catalogEntryCode}`);
    if (entry && entry.status !== 'PUBLISHED') read.error('catalogEntryCode', 'INVALID_STATE', `Catalogue entry ${d.catalogEntryCode} is ${entry.status}; a featured project is a published programme`);
    // A county's project is its own programme or one its city filed.
    if (entry && region && entry.regionCode !== region && entry.regionCode !== `${region.slice(0, 4)}00`) {
      read.error('catalogEntryCode', 'INCONSISTENT', `Catalogue entry ${d.catalogEntryCode} is filed in ${regionLabel(read.env, entry.regionCode)}, neither the county ${regionLabel(read.env, region)} nor its city`);
    }
    if (d.kind && region && d.year !== null && found.taken.has(slot(d.kind, region, d.year))) read.error('year', 'DUPLICATE', `${regionLabel(read.env, region)} already has a ${d.kind} designation for ${d.year}`);
    if (read.problems.failed || !d.kind || !region || d.year === null) return null;
    found.taken.add(slot(d.kind, region, d.year));
    return { kind: d.kind, regionCode: region, year: d.year, laborBrandId: brand ? d.laborBrandId : null, catalogEntryId: entry?.id ?? null };
  },

  write: (tx, rows, ids) => insertRows(tx, FeaturedDesignationEntity, rows, ids),
};
