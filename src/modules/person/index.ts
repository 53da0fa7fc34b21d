import { registerRecordNodes } from '../../records';
import { PERSON, TARGET_GROUP_STATUS } from './person.record';
import { PersonResolver } from './person.resolver';
import { TargetGroupStatusResolver } from './target-group-status.resolver';

export const PERSON_RECORDS = [PERSON, TARGET_GROUP_STATUS];
registerRecordNodes(PERSON_RECORDS);

export * from './person.record';
export { PersonService } from './person.service';
export { Person } from './person.type';

export const personResolvers = [PersonResolver, TargetGroupStatusResolver];
