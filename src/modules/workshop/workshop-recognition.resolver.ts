import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { WORKSHOP, WorkshopRecognitionRecord } from './workshop.record';
import { Workshop } from './workshop.type';
import { WorkshopRecognition } from './workshop-recognition.type';

@Resolver(() => WorkshopRecognition)
export class WorkshopRecognitionResolver {
  @FieldResolver(() => Workshop, { description: 'The workshop recognised — 所属非遗工坊' })
  workshop(@Root() recognition: WorkshopRecognitionRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, WORKSHOP).byId().load(recognition.workshopId);
  }
}
