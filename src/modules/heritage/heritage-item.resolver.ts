import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ITEM_LISTINGS, ITEM_REVITALIZATION_ENTRIES } from './heritage.relations';
import { RequestContext } from '../../context';
import { probedPage } from '../../auth/id-probes';
import { chainedList, recordsOf, resolveRelation } from '../../records';
import { HeritageItemConnection } from './heritage-item.connection';
import { HeritageItemsArgs } from './heritage-item.inputs';
import { HeritageItem } from './heritage-item.type';
import { HeritageListingConnection } from './heritage-listing.connection';
import { HeritageListingsArgs } from './heritage-listing.inputs';
import { HERITAGE_ITEM, HeritageItemRecord, INHERITOR } from './heritage.record';
import { InheritorConnection } from './inheritor.connection';
import { InheritorsArgs } from './inheritor.inputs';
import { RevitalizationEntryConnection } from './revitalization-entry.connection';
import { RevitalizationEntriesArgs } from './revitalization-entry.inputs';

@Resolver(() => HeritageItem)
export class HeritageItemResolver {
  @Query(() => HeritageItemConnection, { nullable: true, description: 'ICH representative items of all four levels — 非遗代表性项目' })
  heritageItems(@Args() args: HeritageItemsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, HERITAGE_ITEM, args);
  }

  @FieldResolver(() => String, { nullable: true })
  nationalNumber(@Root() item: HeritageItemRecord) {
    return item.level === 'NATIONAL' && !item.numberProvisional ? item.number : null;
  }

  @FieldResolver(() => HeritageListingConnection, { description: 'Its listings, the first (new) one first — 名录（含扩展项目）' })
  listings(@Root() item: HeritageItemRecord, @Args() args: HeritageListingsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ITEM_LISTINGS, item, args);
  }

  @FieldResolver(() => InheritorConnection, { description: 'Its representative inheritors at every level — 代表性传承人' })
  inheritors(@Root() item: HeritageItemRecord, @Args() args: InheritorsArgs, @Ctx() ctx: RequestContext) {
    const pages = recordsOf(ctx, INHERITOR).pages<number>('itemId', args);
    return probedPage(ctx, args.filter?.citizenId, () => pages.load(item.rowId));
  }

  @FieldResolver(() => RevitalizationEntryConnection, { description: 'Revitalisation catalogue entries matched to it — 传统工艺振兴目录条目' })
  revitalizationEntries(@Root() item: HeritageItemRecord, @Args() args: RevitalizationEntriesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ITEM_REVITALIZATION_ENTRIES, item, args);
  }
}
