import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { DateScalar } from '../../shared/graphql/scalars';
import { chinaDate } from '../../shared/time/china-day';
import { TargetGroupEnum } from './person.enums';
import { PersonConnection } from './person.connection';
import { PersonsArgs } from './person.inputs';
import { birthYearOf, ID_NUMBER_DESCRIPTION, LINK_KEY_DESCRIPTION, linkKeyOf, PHONE_DESCRIPTION, shownBirthDate, shownIdNumber, shownPhone } from './person.pii';
import { PersonRecord, TARGET_GROUP_STATUS } from './person.record';
import { PersonService } from './person.service';
import { Person } from './person.type';
import { TargetGroupStatus } from './target-group-status.type';
import { targetGroupsOn } from './target-group-status.service';

@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { nullable: true, description: 'Persons in the HR records; find one by filter.idNumber — 人员' })
  persons(@Args() args: PersonsArgs, @Ctx() ctx: RequestContext) {
    return new PersonService(ctx).list(args);
  }

  @FieldResolver(() => String, { description: ID_NUMBER_DESCRIPTION })
  idNumber(@Root() person: PersonRecord, @Ctx() ctx: RequestContext) {
    return shownIdNumber(person, ctx);
  }

  @FieldResolver(() => String, { description: LINK_KEY_DESCRIPTION })
  linkKey(@Root() person: PersonRecord) {
    return linkKeyOf(person);
  }

  @FieldResolver(() => String, { nullable: true, description: PHONE_DESCRIPTION })
  phone(@Root() person: PersonRecord, @Ctx() ctx: RequestContext) {
    return shownPhone(person, ctx);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'Date of birth: null unless the viewer holds pii:read (each shown date is audited), because with the masked ID number it would give the number away; birthYear is for everyone — 出生日期（默认不公开）',
  })
  birthDate(@Root() person: PersonRecord, @Ctx() ctx: RequestContext) {
    return shownBirthDate(person, ctx);
  }

  @FieldResolver(() => Int, { description: 'Year of birth, the coarse form of the birth date that every reader of persons sees — 出生年份' })
  birthYear(@Root() person: PersonRecord) {
    return birthYearOf(person);
  }

  @FieldResolver(() => [TargetGroupStatus], { description: 'Every target-group status the person has held, oldest first — 重点群体身份记录' })
  targetGroupStatuses(@Root() person: PersonRecord, @Ctx() ctx: RequestContext) {
    return statusesOf(person, ctx);
  }

  @FieldResolver(() => [TargetGroupEnum], { description: 'Target groups the person belongs to on a day — 当日所属重点群体' })
  async currentTargetGroups(
    @Root() person: PersonRecord,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day, default today in China Standard Time — 认定日期（默认今日）' }) on: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return targetGroupsOn(await statusesOf(person, ctx), on ?? chinaDate());
  }
}

/** All statuses of a person, oldest first: a handful at most, so a whole list. */
function statusesOf(person: PersonRecord, ctx: RequestContext) {
  return recordsOf(ctx, TARGET_GROUP_STATUS).byLink<number>('person', { orderBy: 'VALID_FROM' }).load(person.rowId);
}
