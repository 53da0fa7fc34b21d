import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { EnrollmentConnection } from './enrollment.connection';
import { EnrollmentsArgs } from './enrollment.inputs';
import { EnrollmentRecord } from './enrollment.loader';
import { EnrollmentService } from './enrollment.service';
import { Enrollment } from './enrollment.type';
import { subsidyClaimsByEnrollmentId } from './subsidy-claim.loader';
import { SubsidyClaim } from './subsidy-claim.type';
import { trainingCohortsById } from './training-cohort.loader';
import { TrainingCohort } from './training-cohort.type';

@Authorized(Permission.PERSON_READ)
@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => EnrollmentConnection, { nullable: true, description: 'Places of trainees in training cohorts — 培训学员' })
  enrollments(@Args() { filter, orderBy, ...paging }: EnrollmentsArgs, @Ctx() ctx: RequestContext) {
    return new EnrollmentService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => TrainingCohort, { description: 'The class of this place — 所在培训班' })
  cohort(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext) {
    return trainingCohortsById(ctx).load(enrollment.cohortId);
  }

  @FieldResolver(() => SubsidyClaim, { nullable: true, description: 'The training subsidy claimed for this place; null when none was claimed — 职业培训补贴' })
  subsidyClaim(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext) {
    return subsidyClaimsByEnrollmentId(ctx).load(enrollment.rowId);
  }
}
