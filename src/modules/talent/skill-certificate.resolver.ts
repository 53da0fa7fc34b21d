import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CERTIFICATE_PERSON } from './talent.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, resolveRelation } from '../../records';

import { Person } from '../person/person.type';
import { SkillCertificatesArgs } from './skill-certificate.inputs';
import { SkillCertificate } from './skill-certificate.type';
import { SkillCertificateConnection } from './talent.connections';
import { SKILL_CERTIFICATE, SkillCertificateRecord } from './talent.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => SkillCertificate)
export class SkillCertificateResolver {
  @Query(() => SkillCertificateConnection, { nullable: true, description: 'Skill-level and specialised-ability certificates — 技能证书' })
  skillCertificates(@Args() args: SkillCertificatesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, SKILL_CERTIFICATE, args);
  }

  @FieldResolver(() => Person, { description: 'The holder — 持证人' })
  person(@Root() certificate: SkillCertificateRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, CERTIFICATE_PERSON, certificate);
  }
}
