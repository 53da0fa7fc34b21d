import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { EnrollmentConnection } from './enrollment.connection';
import { EnrollmentsArgs } from './enrollment.inputs';
import { recordsOf } from '../../records';
import { TrainingCatalogEntry } from './training-catalog-entry.type';
import { TrainingCohortConnection } from './training-cohort.connection';
import { TrainingCohortsArgs } from './training-cohort.inputs';
import { TrainingCohortService } from './training-cohort.service';
import { TrainingCohort } from './training-cohort.type';
import { TrainingProvider } from './training-provider.type';
import { ENROLLMENT, TRAINING_CATALOG_ENTRY, TRAINING_COHORT, TRAINING_PROVIDER, TrainingCohortRecord } from './training.record';

@Resolver(() => TrainingCohort)
export class TrainingCohortResolver {
  @Query(() => TrainingCohortConnection, { nullable: true, description: 'Training classes, per trainee or bought whole as projects — 培训班' })
  trainingCohorts(@Args() args: TrainingCohortsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, TRAINING_COHORT).list(args);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The county where the class is held — 开班地区' })
  region(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(cohort.regionCode);
  }

  @FieldResolver(() => TrainingCatalogEntry, { description: 'The catalogue programme the class runs — 培训项目' })
  catalogEntry(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, TRAINING_CATALOG_ENTRY).byId().load(cohort.catalogEntryId);
  }

  @FieldResolver(() => TrainingProvider, { description: 'The filed provider running the class, as HR records it — 承办培训机构（备案信息）' })
  trainingProvider(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, TRAINING_PROVIDER).byId().load(cohort.providerId);
  }

  @FieldResolver(() => String, { description: 'Unified social credit code of the provider running the class — 承办机构统一社会信用代码' })
  providerUscc(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext) {
    return new TrainingCohortService(ctx).providerUscc(cohort);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => EnrollmentConnection, { description: 'Trainees enrolled in the class — 班级学员' })
  enrollments(@Root() cohort: TrainingCohortRecord, @Args() args: EnrollmentsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, ENROLLMENT).pages<number>('cohortId', args).load(cohort.rowId);
  }
}
