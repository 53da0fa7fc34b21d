import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { PERSON, TargetGroupStatusRecord } from './person.record';
import { Person } from './person.type';
import { TargetGroupStatus } from './target-group-status.type';

@Authorized(Permission.PERSON_READ)
@Resolver(() => TargetGroupStatus)
export class TargetGroupStatusResolver {
  @FieldResolver(() => Person, { description: 'Whose status this is — 人员' })
  person(@Root() status: TargetGroupStatusRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, PERSON).byId().load(status.personId);
  }
}
