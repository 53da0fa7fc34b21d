import { scopedToPersons } from '../../auth/person-scope';
import { RequestContext } from '../../context';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { PersonEntity, TargetGroupStatusEntity } from '../../sources/hr';

/**
 * A person as services hand it around: the raw, normalised `citizenId` and
 * `phone` stay inside the layer (cross-agency joins need the citizen ID);
 * the GraphQL fields `idNumber` and `phone` are masked by the resolver.
 */
export type PersonRecord = NodeRecord<PersonEntity>;

export type TargetGroupStatusRecord = NodeRecord<TargetGroupStatusEntity>;

export function personHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, PersonEntity, 'Person'), 'residence');
}

export function targetGroupStatusHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, TargetGroupStatusEntity, 'TargetGroupStatus'), 'personId');
}
