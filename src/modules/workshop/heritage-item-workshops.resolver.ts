import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { HeritageItemRecord } from '../heritage/heritage.record';
import { HeritageItem } from '../heritage/heritage-item.type';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopsArgs } from './workshop.inputs';
import { WORKSHOP } from './workshop.record';

/** HeritageItem.workshops lives here so that the heritage module does not depend on workshops. */
@Resolver(() => HeritageItem)
export class HeritageItemWorkshopsResolver {
  @FieldResolver(() => WorkshopConnection, { description: 'The workshops resting on this item — 依托本项目的非遗工坊' })
  workshops(@Root() item: HeritageItemRecord, @Args() args: WorkshopsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, WORKSHOP).pages<number>('itemId', args).load(item.rowId);
  }
}
