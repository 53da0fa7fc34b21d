import { registerRecordNodes } from '../../records';
import { LaborBrandUnitResolver } from './labor-brand-unit.resolver';
import { LaborBrandResolver } from './labor-brand.resolver';
import { LABOR_BRAND, LABOR_BRAND_UNIT } from './labor.record';
import { regionField } from '../region/region-field';
import { LaborBrand } from './labor-brand.type';

export const LABOR_RECORDS = [LABOR_BRAND, LABOR_BRAND_UNIT];
registerRecordNodes(LABOR_RECORDS);

export const laborResolvers = [
  LaborBrandResolver,
  LaborBrandUnitResolver,
  regionField(LaborBrand, 'region', 'regionCode', 'The area that owns the brand — 所属地区'),
];

export * from './labor.record';
