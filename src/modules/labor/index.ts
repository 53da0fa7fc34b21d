import { registerRecordNodes } from '../../records';
import { LaborBrandUnitResolver } from './labor-brand-unit.resolver';
import { LaborBrandResolver } from './labor-brand.resolver';
import { LABOR_BRAND, LABOR_BRAND_UNIT } from './labor.record';

export const LABOR_RECORDS = [LABOR_BRAND, LABOR_BRAND_UNIT];
registerRecordNodes(LABOR_RECORDS);

export const laborResolvers = [LaborBrandResolver, LaborBrandUnitResolver];

export * from './labor.record';
