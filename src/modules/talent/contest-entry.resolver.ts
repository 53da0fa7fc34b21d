import { GraphQLResolveInfo } from 'graphql';
import { Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ENTRY_CONTEST, ENTRY_PERSON } from './talent.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { resolveRelation } from '../../records';

import { Person } from '../person/person.type';
import { Contest } from './contest.type';
import { ContestEntry } from './contest-entry.type';
import { ContestEntryRecord } from './talent.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => ContestEntry)
export class ContestEntryResolver {
  @FieldResolver(() => Person, { description: 'The entrant — 参赛人员' })
  person(@Root() entry: ContestEntryRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENTRY_PERSON, entry);
  }

  @FieldResolver(() => Contest, { description: 'The contest entered — 竞赛' })
  contest(@Root() entry: ContestEntryRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENTRY_CONTEST, entry);
  }
}
