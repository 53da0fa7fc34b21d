import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { PERSON } from '../person/person.record';
import { Person } from '../person/person.type';
import { Contest } from './contest.type';
import { ContestEntry } from './contest-entry.type';
import { CONTEST, ContestEntryRecord } from './talent.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => ContestEntry)
export class ContestEntryResolver {
  @FieldResolver(() => Person, { description: 'The entrant — 参赛人员' })
  person(@Root() entry: ContestEntryRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, PERSON).byId().load(entry.personId);
  }

  @FieldResolver(() => Contest, { description: 'The contest entered — 竞赛' })
  contest(@Root() entry: ContestEntryRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, CONTEST).byId().load(entry.contestId);
  }
}
