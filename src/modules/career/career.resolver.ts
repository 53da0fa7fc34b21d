import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, resolveRelation } from '../../records';
import { PersonRecord } from '../person/person.record';
import { Person } from '../person/person.type';
import { ProfessionalTitleConnection, TalentProgrammeAwardConnection } from './career.connections';
import { ProfessionalTitlesArgs, TalentProgrammeAwardsArgs } from './career.inputs';
import { PROFESSIONAL_TITLE, ProfessionalTitleRecord, TALENT_PROGRAMME_AWARD, TalentProgrammeAwardRecord } from './career.record';
import { PERSON_PROFESSIONAL_TITLES, PERSON_TALENT_PROGRAMME_AWARDS, PROFESSIONAL_TITLE_PERSON, PROGRAMME_AWARD_PERSON } from './career.relations';
import { ProfessionalTitle } from './professional-title.type';
import { TalentProgrammeAward } from './talent-programme-award.type';

@Authorized(Permission.PERSON_READ)
@Resolver(() => ProfessionalTitle)
export class ProfessionalTitleResolver {
  @Query(() => ProfessionalTitleConnection, { nullable: true, description: 'Professional titles of persons, such as 工艺美术 titles of inheritors — 职称' })
  professionalTitles(@Args() args: ProfessionalTitlesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, PROFESSIONAL_TITLE, args);
  }

  @FieldResolver(() => Person, { description: 'The holder — 职称持有人' })
  person(@Root() title: ProfessionalTitleRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PROFESSIONAL_TITLE_PERSON, title);
  }
}

@Authorized(Permission.PERSON_READ)
@Resolver(() => TalentProgrammeAward)
export class TalentProgrammeAwardResolver {
  @Query(() => TalentProgrammeAwardConnection, { nullable: true, description: 'Awards of local talent programmes (选拔培养奖励项目) — 人才项目入选' })
  talentProgrammeAwards(@Args() args: TalentProgrammeAwardsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, TALENT_PROGRAMME_AWARD, args);
  }

  @FieldResolver(() => Person, { description: 'The person selected — 入选人员' })
  person(@Root() award: TalentProgrammeAwardRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PROGRAMME_AWARD_PERSON, award);
  }
}

/** The professional standing of a person (the person module knows nothing of it). */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonCareerResolver {
  @FieldResolver(() => ProfessionalTitleConnection, { description: 'Professional titles the person holds — 取得的职称' })
  professionalTitles(@Root() person: PersonRecord, @Args() args: ProfessionalTitlesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_PROFESSIONAL_TITLES, person, args);
  }

  @FieldResolver(() => TalentProgrammeAwardConnection, { description: 'Local talent programmes the person was selected by — 入选的人才项目' })
  talentProgrammeAwards(@Root() person: PersonRecord, @Args() args: TalentProgrammeAwardsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_TALENT_PROGRAMME_AWARDS, person, args);
  }
}
