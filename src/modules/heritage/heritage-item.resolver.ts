import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { HeritageItemConnection } from './heritage-item.connection';
import { HeritageItemsArgs } from './heritage-item.inputs';
import { HeritageItemRecord, HeritageItemService } from './heritage-item.service';
import { HeritageItem } from './heritage-item.type';

@Resolver(() => HeritageItem)
export class HeritageItemResolver {
  @Query(() => HeritageItemConnection, { description: 'ICH representative items of all four levels — 非遗代表性项目' })
  heritageItems(@Args() { filter, orderBy, ...paging }: HeritageItemsArgs, @Ctx() ctx: RequestContext) {
    return new HeritageItemService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The area that declared the item — 申报地区' })
  region(@Root() item: HeritageItemRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(item.regionCode);
  }
}
