import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { HeritageItemRecord } from '../heritage/heritage-item.service';
import { HeritageItem } from '../heritage/heritage-item.type';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopsArgs } from './workshop.inputs';
import { WorkshopService } from './workshop.service';

/** HeritageItem.workshops lives here so that the heritage module does not depend on workshops. */
@Resolver(() => HeritageItem)
export class HeritageItemWorkshopsResolver {
  @FieldResolver(() => WorkshopConnection, { description: 'The workshops resting on this item — 依托本项目的非遗工坊' })
  workshops(@Root() item: HeritageItemRecord, @Args() { filter, orderBy, ...paging }: WorkshopsArgs, @Ctx() ctx: RequestContext) {
    return new WorkshopService(ctx).pageByItem(item.rowId, filter, orderBy, paging);
  }
}
