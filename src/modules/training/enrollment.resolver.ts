import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ENROLLMENT_COHORT } from './training.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { EnrollmentConnection } from './enrollment.connection';
import { EnrollmentsArgs } from './enrollment.inputs';
import { chainedList, recordsOf, resolveRelation } from '../../records';
import { Enrollment } from './enrollment.type';
import { SubsidyClaim } from './subsidy-claim.type';
import { TrainingCohort } from './training-cohort.type';
import { ENROLLMENT, EnrollmentRecord, SUBSIDY_CLAIM } from './training.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => EnrollmentConnection, { nullable: true, description: 'Places of trainees in training cohorts — 培训学员' })
  enrollments(@Args() args: EnrollmentsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, ENROLLMENT, args);
  }

  @FieldResolver(() => TrainingCohort, { description: 'The class of this place — 所在培训班' })
  cohort(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENROLLMENT_COHORT, enrollment);
  }

  @FieldResolver(() => SubsidyClaim, { nullable: true, description: 'The training subsidy claimed for this place; null when none was claimed — 职业培训补贴' })
  async subsidyClaim(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext) {
    // At most one per enrolment (unique enrollment_id).
    const [claim] = await recordsOf(ctx, SUBSIDY_CLAIM).byColumn('enrollmentId').load(enrollment.rowId);
    return claim ?? null;
  }
}
