import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { COHORT_CATALOG_ENTRY, COHORT_ENROLLMENTS, COHORT_PROVIDER } from './training.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { EnrollmentConnection } from './enrollment.connection';
import { EnrollmentsArgs } from './enrollment.inputs';
import { chainedList, resolveRelation } from '../../records';
import { TrainingCatalogEntry } from './training-catalog-entry.type';
import { TrainingCohortConnection } from './training-cohort.connection';
import { TrainingCohortsArgs } from './training-cohort.inputs';
import { TrainingCohortService } from './training-cohort.service';
import { TrainingCohort } from './training-cohort.type';
import { TrainingProvider } from './training-provider.type';
import { TRAINING_COHORT, TrainingCohortRecord } from './training.record';

@Resolver(() => TrainingCohort)
export class TrainingCohortResolver {
  @Query(() => TrainingCohortConnection, { nullable: true, description: 'Training classes, per trainee or bought whole as projects — 培训班' })
  trainingCohorts(@Args() args: TrainingCohortsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, TRAINING_COHORT, args);
  }

  @FieldResolver(() => TrainingCatalogEntry, { description: 'The catalogue programme the class runs — 培训项目' })
  catalogEntry(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, COHORT_CATALOG_ENTRY, cohort);
  }

  @FieldResolver(() => TrainingProvider, { description: 'The filed provider running the class, as HR records it — 承办培训机构（备案信息）' })
  trainingProvider(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, COHORT_PROVIDER, cohort);
  }

  @FieldResolver(() => String, { description: 'Unified social credit code of the provider running the class — 承办机构统一社会信用代码' })
  providerUscc(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext) {
    return new TrainingCohortService(ctx).providerUscc(cohort);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => EnrollmentConnection, { description: 'Trainees enrolled in the class — 班级学员' })
  enrollments(@Root() cohort: TrainingCohortRecord, @Args() args: EnrollmentsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, COHORT_ENROLLMENTS, cohort, args);
  }
}
