import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { WORKSHOP_ITEMS, WORKSHOP_RECOGNITIONS } from './workshop.relations';
import { RequestContext } from '../../context';
import { HeritageItemConnection } from '../heritage/heritage-item.connection';
import { HeritageItemsArgs } from '../heritage/heritage-item.inputs';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopsArgs } from './workshop.inputs';
import { chainedList, resolveRelation } from '../../records';

import { WORKSHOP, WorkshopRecord } from './workshop.record';
import { Workshop } from './workshop.type';
import { WorkshopRecognition } from './workshop-recognition.type';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { nullable: true, description: 'ICH workshops (非遗工坊) recognised at county, city or provincial level — 非遗工坊' })
  workshops(@Args() args: WorkshopsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, WORKSHOP, args);
  }

  @FieldResolver(() => [WorkshopRecognition], { description: 'Its recognitions, at most one per level, earliest first — 认定记录' })
  recognitions(@Root() workshop: WorkshopRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, WORKSHOP_RECOGNITIONS, workshop);
  }

  @FieldResolver(() => HeritageItemConnection, { description: 'The ICH items it rests on — 依托的非遗代表性项目' })
  heritageItems(@Root() workshop: WorkshopRecord, @Args() args: HeritageItemsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, WORKSHOP_ITEMS, workshop, args);
  }
}
