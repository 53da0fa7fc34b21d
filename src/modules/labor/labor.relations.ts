import { defineRelation } from '../../records';
import { HERITAGE_ITEM } from '../heritage/heritage.record';
import { ORGANIZATION } from '../organization/organization.record';
import { LABOR_BRAND, LABOR_BRAND_UNIT } from './labor.record';

/** How labour-brand records reach each other and the records around them (see records/relations.ts). */
export const ITEM_LABOR_BRANDS = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'laborBrands', child: LABOR_BRAND, link: 'itemKey', parentKey: 'itemKey' });
export const BRAND_UNITS = defineRelation({ kind: 'page', parent: LABOR_BRAND, field: 'units', child: LABOR_BRAND_UNIT, link: 'brand', parentKey: 'id' });
export const UNIT_BRAND = defineRelation({ kind: 'one', parent: LABOR_BRAND_UNIT, field: 'brand', child: LABOR_BRAND, parentKey: 'brandId' });
export const ORGANIZATION_LABOR_BRAND_UNITS = defineRelation({ kind: 'list', parent: ORGANIZATION, field: 'laborBrandUnits', child: LABOR_BRAND_UNIT, column: 'uscc', parentKey: 'uscc' });
