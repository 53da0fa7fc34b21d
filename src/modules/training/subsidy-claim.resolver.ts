import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CLAIM_ENROLLMENT } from './training.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, resolveRelation } from '../../records';
import { Enrollment } from './enrollment.type';
import { SubsidyClaimConnection } from './subsidy-claim.connection';
import { SubsidyClaimsArgs } from './subsidy-claim.inputs';
import { SubsidyClaim } from './subsidy-claim.type';
import { SUBSIDY_CLAIM, SubsidyClaimRecord } from './training.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => SubsidyClaim)
export class SubsidyClaimResolver {
  @Query(() => SubsidyClaimConnection, { nullable: true, description: 'Vocational training subsidy claims — 职业培训补贴' })
  subsidyClaims(@Args() args: SubsidyClaimsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, SUBSIDY_CLAIM, args);
  }

  @FieldResolver(() => Enrollment, { description: 'The enrolment the subsidy is claimed for — 补贴对应学员' })
  enrollment(@Root() claim: SubsidyClaimRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, CLAIM_ENROLLMENT, claim);
  }
}
