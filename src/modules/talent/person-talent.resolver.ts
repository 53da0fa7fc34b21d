import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { PERSON_CONTEST_ENTRIES, PERSON_SKILL_CERTIFICATES, PERSON_TALENT_TITLES } from './talent.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { resolveRelation } from '../../records';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { PersonRecord } from '../person/person.record';
import { Person } from '../person/person.type';
import { SkillCertificatesArgs } from './skill-certificate.inputs';
import { TalentTitlesArgs } from './talent-title.inputs';
import { ContestEntryConnection, SkillCertificateConnection, TalentTitleConnection } from './talent.connections';

/** The talent pathway of a person: certificates, titles, contest entries (the person module knows nothing of them). */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonTalentResolver {
  @FieldResolver(() => SkillCertificateConnection, { description: 'Certificates the person holds — 持有的技能证书' })
  skillCertificates(@Root() person: PersonRecord, @Args() args: SkillCertificatesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_SKILL_CERTIFICATES, person, args);
  }

  @FieldResolver(() => TalentTitleConnection, { description: 'Talent titles awarded to the person — 获得的人才称号' })
  talentTitles(@Root() person: PersonRecord, @Args() args: TalentTitlesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_TALENT_TITLES, person, args);
  }

  @FieldResolver(() => ContestEntryConnection, { description: 'Contests the person entered, in the order recorded — 参赛记录' })
  contestEntries(@Root() person: PersonRecord, @Args() paging: ConnectionArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_CONTEST_ENTRIES, person, paging);
  }
}
