import { registerNodeType } from '../../records/node-registry';
import { personsById, targetGroupStatusesById } from './person.loader';
import { PersonResolver } from './person.resolver';
import { TargetGroupStatusResolver } from './target-group-status.resolver';

registerNodeType('Person', (ctx, ids) => personsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('TargetGroupStatus', (ctx, ids) => targetGroupStatusesById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export { personsById, personsByCitizenId, targetGroupStatusesByPerson } from './person.loader';
export type { PersonRecord } from './person.record';
export { Person } from './person.type';

export const personResolvers = [PersonResolver, TargetGroupStatusResolver];
