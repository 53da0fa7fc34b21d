import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { PROVIDER_COHORTS } from './training.relations';
import { RequestContext } from '../../context';
import { TrainingCohortConnection } from './training-cohort.connection';
import { TrainingCohortsArgs } from './training-cohort.inputs';
import { chainedList, resolveRelation } from '../../records';
import { TrainingProviderConnection } from './training-provider.connection';
import { TrainingProvidersArgs } from './training-provider.inputs';
import { TrainingProvider } from './training-provider.type';
import { TRAINING_PROVIDER, TrainingProviderRecord } from './training.record';

@Resolver(() => TrainingProvider)
export class TrainingProviderResolver {
  @Query(() => TrainingProviderConnection, { nullable: true, description: 'Vocational training providers filed with HR bureaus — 备案培训机构' })
  trainingProviders(@Args() args: TrainingProvidersArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, TRAINING_PROVIDER, args);
  }

  @FieldResolver(() => TrainingCohortConnection, { description: 'Classes the provider runs — 承办的培训班' })
  cohorts(@Root() provider: TrainingProviderRecord, @Args() args: TrainingCohortsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PROVIDER_COHORTS, provider, args);
  }
}
