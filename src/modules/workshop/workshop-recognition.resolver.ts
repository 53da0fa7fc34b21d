import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { workshopsById } from './workshop.loader';
import { Workshop } from './workshop.type';
import { WorkshopRecognitionRecord } from './workshop-recognition.loader';
import { WorkshopRecognition } from './workshop-recognition.type';

@Resolver(() => WorkshopRecognition)
export class WorkshopRecognitionResolver {
  @FieldResolver(() => Workshop, { description: 'The workshop recognised — 所属非遗工坊' })
  workshop(@Root() recognition: WorkshopRecognitionRecord, @Ctx() ctx: RequestContext) {
    return workshopsById(ctx).load(recognition.workshopId);
  }
}
