import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { TITLE_PERSON } from './talent.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { DateScalar } from '../../shared/graphql/scalars';
import { chinaDate } from '../../shared/time/china-day';

import { chainedList, resolveRelation } from '../../records';
import { Person } from '../person/person.type';
import { TalentTitlesArgs } from './talent-title.inputs';
import { titleInTerm } from './talent-title.service';
import { TalentTitle } from './talent-title.type';
import { TalentTitleConnection } from './talent.connections';
import { TALENT_TITLE, TalentTitleRecord } from './talent.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => TalentTitle)
export class TalentTitleResolver {
  @Query(() => TalentTitleConnection, { nullable: true, description: 'Talent titles such as 山东省技术能手 and 齐鲁首席技师 — 人才称号' })
  talentTitles(@Args() args: TalentTitlesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, TALENT_TITLE, args);
  }

  @FieldResolver(() => Person, { description: 'The holder — 获得者' })
  person(@Root() title: TalentTitleRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, TITLE_PERSON, title);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the title was awarded by the day and its management period had not ended — 是否在管理期内' })
  inTerm(
    @Root() title: TalentTitleRecord,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day, default today in China Standard Time — 日期（默认今日）' }) on: string | null,
  ) {
    return titleInTerm(title, on ?? chinaDate());
  }
}
