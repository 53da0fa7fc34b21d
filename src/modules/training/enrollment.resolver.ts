import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { EnrollmentConnection } from './enrollment.connection';
import { EnrollmentsArgs } from './enrollment.inputs';
import { recordsOf } from '../../records';
import { Enrollment } from './enrollment.type';
import { SubsidyClaim } from './subsidy-claim.type';
import { TrainingCohort } from './training-cohort.type';
import { ENROLLMENT, EnrollmentRecord, SUBSIDY_CLAIM, TRAINING_COHORT } from './training.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => EnrollmentConnection, { nullable: true, description: 'Places of trainees in training cohorts — 培训学员' })
  enrollments(@Args() args: EnrollmentsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, ENROLLMENT).list(args);
  }

  @FieldResolver(() => TrainingCohort, { description: 'The class of this place — 所在培训班' })
  cohort(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, TRAINING_COHORT).byId().load(enrollment.cohortId);
  }

  @FieldResolver(() => SubsidyClaim, { nullable: true, description: 'The training subsidy claimed for this place; null when none was claimed — 职业培训补贴' })
  async subsidyClaim(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext) {
    // At most one per enrolment (unique enrollment_id).
    const [claim] = await recordsOf(ctx, SUBSIDY_CLAIM).byColumn('enrollmentId').load(enrollment.rowId);
    return claim ?? null;
  }
}
