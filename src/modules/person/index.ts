import { registerRecordNodes } from '../../records';
import { PERSON, TARGET_GROUP_STATUS } from './person.record';
import { PersonResolver } from './person.resolver';
import { TargetGroupStatusResolver } from './target-group-status.resolver';
import { regionField } from '../region/region-field';
import { Permission } from '../../auth/permissions';
import { Person } from './person.type';

export const PERSON_RECORDS = [PERSON, TARGET_GROUP_STATUS];
registerRecordNodes(PERSON_RECORDS);

export * from './person.record';
export { PersonService } from './person.service';
export { Person } from './person.type';

export const personResolvers = [
  PersonResolver,
  TargetGroupStatusResolver,
  regionField(Person, 'region', 'regionCode', 'The area of residence — 常住地区', { authorized: [Permission.PERSON_READ] }),
];
