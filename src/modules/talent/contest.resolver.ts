import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CONTEST_ENTRIES } from './talent.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, resolveRelation } from '../../records';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { ContestsArgs } from './contest.inputs';
import { Contest } from './contest.type';
import { ContestConnection, ContestEntryConnection } from './talent.connections';
import { CONTEST, ContestRecord } from './talent.record';

@Resolver(() => Contest)
export class ContestResolver {
  @Query(() => ContestConnection, { nullable: true, description: 'Vocational skills contests, ICH craft contests included — 职业技能竞赛' })
  contests(@Args() args: ContestsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, CONTEST, args);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => ContestEntryConnection, { description: 'The entries, in the order recorded — 参赛记录' })
  entries(@Root() contest: ContestRecord, @Args() paging: ConnectionArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, CONTEST_ENTRIES, contest, paging);
  }
}
