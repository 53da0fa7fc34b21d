import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ITEM_WORKSHOPS } from './workshop.relations';
import { RequestContext } from '../../context';
import { resolveRelation } from '../../records';
import { HeritageItemRecord } from '../heritage/heritage.record';
import { HeritageItem } from '../heritage/heritage-item.type';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopsArgs } from './workshop.inputs';

/** HeritageItem.workshops lives here so that the heritage module does not depend on workshops. */
@Resolver(() => HeritageItem)
export class HeritageItemWorkshopsResolver {
  @FieldResolver(() => WorkshopConnection, { description: 'The workshops resting on this item — 依托本项目的非遗工坊' })
  workshops(@Root() item: HeritageItemRecord, @Args() args: WorkshopsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ITEM_WORKSHOPS, item, args);
  }
}
