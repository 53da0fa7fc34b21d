import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { LISTING_ITEM } from './heritage.relations';
import { RequestContext } from '../../context';


import { resolveRelation } from '../../records';
import { HeritageItem } from './heritage-item.type';
import { HeritageListingRecord } from './heritage.record';
import { HeritageListing } from './heritage-listing.type';

@Resolver(() => HeritageListing)
export class HeritageListingResolver {
  @FieldResolver(() => HeritageItem, { description: 'The item this listing lists — 所属非遗项目' })
  heritageItem(@Root() listing: HeritageListingRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, LISTING_ITEM, listing);
  }
}
