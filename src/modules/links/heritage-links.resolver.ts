import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { TrainingCatalogService } from '../training/training-catalog-entry.service';
import { ITEM_LABOR_BRANDS } from '../labor/labor.relations';
import { ITEM_CONTESTS } from '../talent/talent.relations';
import { RequestContext } from '../../context';
import type { HeritageItemRecord } from '../heritage/heritage.record';
import { HeritageItem } from '../heritage/heritage-item.type';
import { resolveRelation } from '../../records';

import { ContestConnection } from '../talent/talent.connections';
import { ContestsArgs } from '../talent/contest.inputs';
import { LaborBrandConnection } from '../labor/labor-brand.connection';
import { LaborBrandsArgs } from '../labor/labor-brand.inputs';

import { TrainingCatalogEntryConnection } from '../training/training-catalog-entry.connection';
import { TrainingCatalogArgs } from '../training/training-catalog-entry.inputs';

/**
 * HeritageItem fields drawn from HR records, which cite items by item key.
 * Filings store the item's own key (the key of its first listing), so labour
 * brands and contests match on it; catalogue entries imported from an
 * agency's export may cite an extension listing's key instead, so an item's
 * entries are those citing any of its listing keys.
 */
@Resolver(() => HeritageItem)
export class HeritageLinksResolver {
  @FieldResolver(() => TrainingCatalogEntryConnection, {
    nullable: true,
    description: 'Shandong Handmade training catalogue entries built on this item (HR) — 依托本项目的“山东手造”培训项目',
  })
  trainingCatalogEntries(@Root() item: HeritageItemRecord, @Args() args: TrainingCatalogArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return new TrainingCatalogService(ctx).entriesOfItem(item, args, info);
  }

  @FieldResolver(() => LaborBrandConnection, {
    nullable: true, description: 'Labour brands built on this item (HR) — 依托本项目的特色劳务品牌' })
  laborBrands(@Root() item: HeritageItemRecord, @Args() args: LaborBrandsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ITEM_LABOR_BRANDS, item, args);
  }

  @FieldResolver(() => ContestConnection, {
    nullable: true, description: 'Vocational skills contests held in this craft (HR) — 本项目相关的职业技能竞赛' })
  contests(@Root() item: HeritageItemRecord, @Args() args: ContestsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ITEM_CONTESTS, item, args);
  }
}
