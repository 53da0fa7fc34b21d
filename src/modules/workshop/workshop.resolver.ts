import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { HeritageItemConnection } from '../heritage/heritage-item.connection';
import { HeritageItemsArgs } from '../heritage/heritage-item.inputs';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopsArgs } from './workshop.inputs';
import { WorkshopRecord } from './workshop.loader';
import { WorkshopService } from './workshop.service';
import { Workshop } from './workshop.type';
import { workshopRecognitionsByWorkshopId } from './workshop-recognition.loader';
import { WorkshopRecognition } from './workshop-recognition.type';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { nullable: true, description: 'ICH workshops (非遗工坊) recognised at county, city or provincial level — 非遗工坊' })
  workshops(@Args() { filter, orderBy, ...paging }: WorkshopsArgs, @Ctx() ctx: RequestContext) {
    return new WorkshopService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The county where it works — 所在地区' })
  region(@Root() workshop: WorkshopRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(workshop.regionCode);
  }

  @FieldResolver(() => [WorkshopRecognition], { description: 'Its recognitions, at most one per level, earliest first — 认定记录' })
  recognitions(@Root() workshop: WorkshopRecord, @Ctx() ctx: RequestContext) {
    return workshopRecognitionsByWorkshopId(ctx).load(workshop.rowId);
  }

  @FieldResolver(() => HeritageItemConnection, { description: 'The ICH items it rests on — 依托的非遗代表性项目' })
  heritageItems(@Root() workshop: WorkshopRecord, @Args() { filter, orderBy, ...paging }: HeritageItemsArgs, @Ctx() ctx: RequestContext) {
    return new WorkshopService(ctx).heritageItemsOf(workshop.rowId, filter, orderBy, paging);
  }
}
