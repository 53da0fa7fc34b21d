import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { chainedList, resolveRelation } from '../../records';
import type { HeritageItemRecord } from '../heritage/heritage.record';
import { HeritageItem } from '../heritage/heritage-item.type';
import { TrainingCatalogEntryConnection } from '../training/training-catalog-entry.connection';
import { TrainingCatalogArgs } from '../training/training-catalog-entry.inputs';
import { TrainingCatalogEntry } from '../training/training-catalog-entry.type';
import type { TrainingCatalogEntryRecord } from '../training/training.record';
import { TrainingMaterialRecord, TRAINING_MATERIAL } from './material.record';
import { CATALOG_ENTRY_MATERIALS, ITEM_TRAINING_MATERIALS, MATERIAL_CATALOG_ENTRIES } from './material.relations';
import { TrainingMaterialConnection } from './training-material.connection';
import { TrainingMaterialsArgs } from './training-material.inputs';
import { TrainingMaterialService } from './training-material.service';
import { TrainingMaterial } from './training-material.type';

@Resolver(() => TrainingMaterial)
export class TrainingMaterialResolver {
  @Query(() => TrainingMaterialConnection, { nullable: true, description: 'Shandong Handmade textbooks and courses — “山东手造”特色培训教材和培训课程' })
  async trainingMaterials(@Args() args: TrainingMaterialsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, TRAINING_MATERIAL, await new TrainingMaterialService(ctx).withOwnItemKeys(args));
  }

  @FieldResolver(() => [String], { description: 'Own keys LEVEL:number:area of the ICH items the material teaches — 关联非遗项目键' })
  itemKeys(@Root() material: TrainingMaterialRecord, @Ctx() ctx: RequestContext) {
    return new TrainingMaterialService(ctx).itemKeys(material);
  }

  @FieldResolver(() => [HeritageItem], {
    nullable: true,
    description: 'The ICH items the material teaches, from the culture source; null while the culture database cannot be reached — 关联非遗代表性项目',
  })
  heritageItems(@Root() material: TrainingMaterialRecord, @Ctx() ctx: RequestContext) {
    return new TrainingMaterialService(ctx).heritageItems(material);
  }

  @FieldResolver(() => TrainingCatalogEntryConnection, { description: 'Catalogue programmes the material is used in — 适用的培训项目' })
  catalogEntries(@Root() material: TrainingMaterialRecord, @Args() args: TrainingCatalogArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, MATERIAL_CATALOG_ENTRIES, material, args);
  }
}

@Resolver(() => TrainingCatalogEntry)
export class CatalogEntryMaterialsResolver {
  @FieldResolver(() => TrainingMaterialConnection, { description: 'Textbooks and courses used in this programme — 使用的教材课程' })
  async materials(@Root() entry: TrainingCatalogEntryRecord, @Args() args: TrainingMaterialsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, CATALOG_ENTRY_MATERIALS, entry, await new TrainingMaterialService(ctx).withOwnItemKeys(args));
  }
}

@Resolver(() => HeritageItem)
export class ItemMaterialsResolver {
  @FieldResolver(() => TrainingMaterialConnection, {
    nullable: true,
    description: 'Shandong Handmade textbooks and courses teaching this item (HR) — 讲授本项目的特色培训教材和课程',
  })
  async trainingMaterials(@Root() item: HeritageItemRecord, @Args() args: TrainingMaterialsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ITEM_TRAINING_MATERIALS, item, await new TrainingMaterialService(ctx).withOwnItemKeys(args));
  }
}
