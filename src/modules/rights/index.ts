import { Permission } from '../../auth/permissions';
import { registerRecordNodes } from '../../records';
import { regionField } from '../region/region-field';
import { BrandRightsResolver, PersonRightsResolver, RightsCaseResolver, UnitRightsResolver } from './rights-case.resolver';
import { RightsCase } from './rights-case.type';
import { RIGHTS_CASE } from './rights.record';

export const RIGHTS_RECORDS = [RIGHTS_CASE];
registerRecordNodes(RIGHTS_RECORDS);

export * from './rights.record';

export const rightsResolvers = [
  RightsCaseResolver,
  PersonRightsResolver,
  UnitRightsResolver,
  BrandRightsResolver,
  regionField(RightsCase, 'region', 'regionCode', 'The area whose service centre handles the case — 受理地区', { authorized: [Permission.PERSON_READ] }),
];
