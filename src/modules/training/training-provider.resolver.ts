import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { TrainingCohortConnection } from './training-cohort.connection';
import { TrainingCohortsArgs } from './training-cohort.inputs';
import { trainingCohortPagesByProviderId } from './training-cohort.pages';
import { TrainingProviderConnection } from './training-provider.connection';
import { TrainingProvidersArgs } from './training-provider.inputs';
import { TrainingProviderRecord } from './training-provider.loader';
import { TrainingProviderService } from './training-provider.service';
import { TrainingProvider } from './training-provider.type';

@Resolver(() => TrainingProvider)
export class TrainingProviderResolver {
  @Query(() => TrainingProviderConnection, { nullable: true, description: 'Vocational training providers filed with HR bureaus — 备案培训机构' })
  trainingProviders(@Args() { filter, orderBy, ...paging }: TrainingProvidersArgs, @Ctx() ctx: RequestContext) {
    return new TrainingProviderService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region where the provider is filed — 所在地区' })
  region(@Root() provider: TrainingProviderRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(provider.regionCode);
  }

  @FieldResolver(() => TrainingCohortConnection, { description: 'Classes the provider runs — 承办的培训班' })
  cohorts(@Root() provider: TrainingProviderRecord, @Args() args: TrainingCohortsArgs, @Ctx() ctx: RequestContext) {
    return trainingCohortPagesByProviderId(ctx, args).load(provider.rowId);
  }
}
