import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { HeritageItemConnection } from './heritage-item.connection';
import { HeritageItemsArgs } from './heritage-item.inputs';
import { HeritageItemRecord, HeritageItemService } from './heritage-item.service';
import { HeritageItem } from './heritage-item.type';
import { HeritageListingConnection } from './heritage-listing.connection';
import { HeritageListingsArgs } from './heritage-listing.inputs';
import { HeritageListingService } from './heritage-listing.service';
import { InheritorConnection } from './inheritor.connection';
import { InheritorsArgs } from './inheritor.inputs';
import { InheritorService } from './inheritor.service';
import { RevitalizationEntryConnection } from './revitalization-entry.connection';
import { RevitalizationEntriesArgs } from './revitalization-entry.inputs';
import { RevitalizationEntryService } from './revitalization-entry.service';

@Resolver(() => HeritageItem)
export class HeritageItemResolver {
  @Query(() => HeritageItemConnection, { nullable: true, description: 'ICH representative items of all four levels — 非遗代表性项目' })
  heritageItems(@Args() { filter, orderBy, ...paging }: HeritageItemsArgs, @Ctx() ctx: RequestContext) {
    return new HeritageItemService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The area that declared the item — 申报地区' })
  region(@Root() item: HeritageItemRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(item.regionCode);
  }

  @FieldResolver(() => HeritageListingConnection, { description: 'Its listings, the first (new) one first — 名录（含扩展项目）' })
  listings(@Root() item: HeritageItemRecord, @Args() { filter, ...paging }: HeritageListingsArgs, @Ctx() ctx: RequestContext) {
    return new HeritageListingService(ctx).pageByItem(item.rowId, filter, paging);
  }

  @FieldResolver(() => InheritorConnection, { description: 'Its representative inheritors at every level — 代表性传承人' })
  inheritors(@Root() item: HeritageItemRecord, @Args() { filter, orderBy, ...paging }: InheritorsArgs, @Ctx() ctx: RequestContext) {
    return new InheritorService(ctx).pageByItem(item.rowId, filter, orderBy, paging);
  }

  @FieldResolver(() => RevitalizationEntryConnection, { description: 'Revitalisation catalogue entries matched to it — 传统工艺振兴目录条目' })
  revitalizationEntries(@Root() item: HeritageItemRecord, @Args() { filter, orderBy, ...paging }: RevitalizationEntriesArgs, @Ctx() ctx: RequestContext) {
    return new RevitalizationEntryService(ctx).pageByItem(item.rowId, filter, orderBy, paging);
  }
}
