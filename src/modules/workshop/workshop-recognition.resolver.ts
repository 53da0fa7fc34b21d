import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { RECOGNITION_WORKSHOP } from './workshop.relations';
import { RequestContext } from '../../context';
import { resolveRelation } from '../../records';
import { WorkshopRecognitionRecord } from './workshop.record';
import { Workshop } from './workshop.type';
import { WorkshopRecognition } from './workshop-recognition.type';

@Resolver(() => WorkshopRecognition)
export class WorkshopRecognitionResolver {
  @FieldResolver(() => Workshop, { description: 'The workshop recognised — 所属非遗工坊' })
  workshop(@Root() recognition: WorkshopRecognitionRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, RECOGNITION_WORKSHOP, recognition);
  }
}
