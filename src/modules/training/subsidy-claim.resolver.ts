import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { enrollmentsById } from './enrollment.loader';
import { Enrollment } from './enrollment.type';
import { SubsidyClaimConnection } from './subsidy-claim.connection';
import { SubsidyClaimsArgs } from './subsidy-claim.inputs';
import { SubsidyClaimRecord } from './subsidy-claim.loader';
import { SubsidyClaimService } from './subsidy-claim.service';
import { SubsidyClaim } from './subsidy-claim.type';

@Authorized(Permission.PERSON_READ)
@Resolver(() => SubsidyClaim)
export class SubsidyClaimResolver {
  @Query(() => SubsidyClaimConnection, { nullable: true, description: 'Vocational training subsidy claims — 职业培训补贴' })
  subsidyClaims(@Args() { filter, orderBy, ...paging }: SubsidyClaimsArgs, @Ctx() ctx: RequestContext) {
    return new SubsidyClaimService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Enrollment, { description: 'The enrolment the subsidy is claimed for — 补贴对应学员' })
  enrollment(@Root() claim: SubsidyClaimRecord, @Ctx() ctx: RequestContext) {
    return enrollmentsById(ctx).load(claim.enrollmentId);
  }
}
