import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { HeritageItemConnection } from '../heritage/heritage-item.connection';
import { HeritageItemsArgs } from '../heritage/heritage-item.inputs';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopsArgs } from './workshop.inputs';
import { recordsOf } from '../../records';
import { HERITAGE_ITEM } from '../heritage/heritage.record';
import { WORKSHOP, WORKSHOP_RECOGNITION, WorkshopRecord } from './workshop.record';
import { Workshop } from './workshop.type';
import { WorkshopRecognition } from './workshop-recognition.type';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { nullable: true, description: 'ICH workshops (非遗工坊) recognised at county, city or provincial level — 非遗工坊' })
  workshops(@Args() args: WorkshopsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, WORKSHOP).list(args);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The county where it works — 所在地区' })
  region(@Root() workshop: WorkshopRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(workshop.regionCode);
  }

  @FieldResolver(() => [WorkshopRecognition], { description: 'Its recognitions, at most one per level, earliest first — 认定记录' })
  recognitions(@Root() workshop: WorkshopRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, WORKSHOP_RECOGNITION).byColumn('workshopId', { orderBy: 'YEAR' }).load(workshop.rowId);
  }

  @FieldResolver(() => HeritageItemConnection, { description: 'The ICH items it rests on — 依托的非遗代表性项目' })
  heritageItems(@Root() workshop: WorkshopRecord, @Args() args: HeritageItemsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, HERITAGE_ITEM).pages<number>('workshopId', args).load(workshop.rowId);
  }
}
