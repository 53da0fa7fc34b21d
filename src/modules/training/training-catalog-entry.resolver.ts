import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ENTRY_COHORTS } from './training.relations';
import { RequestContext } from '../../context';
import { HeritageItem } from '../heritage/heritage-item.type';
import { TrainingCatalogEntryConnection } from './training-catalog-entry.connection';
import { TrainingCatalogArgs } from './training-catalog-entry.inputs';
import { chainedList, resolveRelation } from '../../records';
import { TrainingCatalogService } from './training-catalog-entry.service';
import { TrainingCatalogEntry } from './training-catalog-entry.type';
import { TrainingCohortConnection } from './training-cohort.connection';
import { TrainingCohortsArgs } from './training-cohort.inputs';
import { TRAINING_CATALOG_ENTRY, TrainingCatalogEntryRecord } from './training.record';

@Resolver(() => TrainingCatalogEntry)
export class TrainingCatalogEntryResolver {
  @Query(() => TrainingCatalogEntryConnection, { nullable: true, description: 'Programmes of the Shandong Handmade vocational training catalogue — “山东手造”职业技能培训项目目录' })
  async trainingCatalog(@Args() args: TrainingCatalogArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    // An entry may cite an extension listing's key: the filter's keys are widened to every listing of their items.
    const filter = await new TrainingCatalogService(ctx).widenItemKeys(args.filter);
    return chainedList(ctx, info, TRAINING_CATALOG_ENTRY, filter === args.filter ? args : { ...args, filter });
  }

  @FieldResolver(() => [String], { description: 'Keys LEVEL:number:area of the ICH items the programme is built on — 关联非遗项目键' })
  itemKeys(@Root() entry: TrainingCatalogEntryRecord, @Ctx() ctx: RequestContext) {
    return new TrainingCatalogService(ctx).itemKeys(entry);
  }

  @FieldResolver(() => [HeritageItem], {
    nullable: true,
    description: 'The ICH items the programme is built on, from the culture source; keys it does not know are left out; null while the culture database cannot be reached — 关联非遗代表性项目',
  })
  heritageItems(@Root() entry: TrainingCatalogEntryRecord, @Ctx() ctx: RequestContext) {
    return new TrainingCatalogService(ctx).heritageItems(entry);
  }

  @FieldResolver(() => TrainingCohortConnection, { description: 'Classes run on this programme — 开设的培训班' })
  cohorts(@Root() entry: TrainingCatalogEntryRecord, @Args() args: TrainingCohortsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENTRY_COHORTS, entry, args);
  }
}
