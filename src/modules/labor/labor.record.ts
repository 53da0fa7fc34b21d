import { asc, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { LaborBrandEntity, LaborBrandUnitEntity } from '../../sources/hr';
import type { HrTables } from '../../sources/hr/hr.tables';
import type { LaborBrandFilter } from './labor-brand.inputs';
import type { LaborBrandUnitFilter } from './labor-brand-unit.inputs';

/** Brands built on the items the keys name; an empty list names none. */
function builtOn(q: FilterQuery<LaborBrandFilter, HrTables['laborBrand'], HrTables>): Condition | null {
  const keys = q.itemKeys('itemKeys');
  return keys && q.where.in('itemKey', keys);
}

export const LABOR_BRAND = defineRecord({
  typename: 'LaborBrand',
  source: 'hr',
  table: 'laborBrand',
  entity: LaborBrandEntity,
  orderings: { ID: [], NAME: [asc('name')], ESTABLISHED_YEAR: [desc('establishedYear')] },
  filter: (_f: LaborBrandFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    builtOn(q),
    q.contains('nameContains', 'name'),
    q.contains('craftContains', 'craft'),
    q.oneOf('establishedYears', 'establishedYear'),
  ],
  // HR records cite an item by its own key (canonical `LEVEL:number:area`, as `HeritageItem.itemKey` holds it).
  links: { itemKey: { column: 'itemKey' } },
});

export const LABOR_BRAND_UNIT = defineRecord({
  typename: 'LaborBrandUnit',
  source: 'hr',
  table: 'laborBrandUnit',
  entity: LaborBrandUnitEntity,
  orderings: { ID: [], RECOGNIZED_ON: [desc('recognizedOn')], USCC: [asc('uscc')] },
  filter: (_f: LaborBrandUnitFilter, q) => [q.oneOf('unitKinds', 'unitKind'), q.range('recognizedFrom', 'recognizedTo', 'recognizedOn')],
  links: { brand: { column: 'brandId' } },
});

export type LaborBrandRecord = RecordOf<typeof LABOR_BRAND>;
export type LaborBrandUnitRecord = RecordOf<typeof LABOR_BRAND_UNIT>;
