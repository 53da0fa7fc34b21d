import { asc, defineRecord, desc, RecordOf } from '../../records';
import { RightsCaseEntity } from '../../sources/hr';
import type { RightsCaseFilter } from './rights-case.inputs';

export const RIGHTS_CASE = defineRecord({
  typename: 'RightsCase',
  source: 'hr',
  table: 'rightsCase',
  entity: RightsCaseEntity,
  personLink: 'personId',
  orderings: { ID: [], OPENED_ON: [asc('openedOn')], OPENED_ON_DESC: [desc('openedOn')], CASE_NUMBER: [asc('caseNumber')] },
  filter: (_f: RightsCaseFilter, q) => [
    q.oneOf('kinds', 'kind'),
    q.oneOf('outcomes', 'outcome'),
    q.isSet('closed', 'closedOn'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('openedFrom', 'openedTo', 'openedOn'),
  ],
  links: {
    person: { column: 'personId' },
    unitId: { column: 'unitId' },
    // LaborBrand.rightsCases: every case of any unit of the brand.
    brandId: { through: { table: 'laborBrandUnit', column: 'brandId', joins: 'id', on: 'unitId' } },
  },
});

export type RightsCaseRecord = RecordOf<typeof RIGHTS_CASE>;
