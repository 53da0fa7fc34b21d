import { defineRelation } from '../../records';
import { LABOR_BRAND, LABOR_BRAND_UNIT } from '../labor/labor.record';
import { PERSON } from '../person/person.record';
import { RIGHTS_CASE } from './rights.record';

/** How rights cases reach workers, units and brands, both ways (see records/relations.ts). */
export const PERSON_RIGHTS_CASES = defineRelation({ kind: 'page', parent: PERSON, field: 'rightsCases', child: RIGHTS_CASE, link: 'person', parentKey: 'id' });
export const UNIT_RIGHTS_CASES = defineRelation({ kind: 'page', parent: LABOR_BRAND_UNIT, field: 'rightsCases', child: RIGHTS_CASE, link: 'unitId', parentKey: 'id' });
export const BRAND_RIGHTS_CASES = defineRelation({ kind: 'page', parent: LABOR_BRAND, field: 'rightsCases', child: RIGHTS_CASE, link: 'brandId', parentKey: 'id' });
export const RIGHTS_CASE_PERSON = defineRelation({ kind: 'one', parent: RIGHTS_CASE, field: 'worker', child: PERSON, parentKey: 'personId' });
export const RIGHTS_CASE_UNIT = defineRelation({ kind: 'one', parent: RIGHTS_CASE, field: 'unit', child: LABOR_BRAND_UNIT, parentKey: 'unitId' });
