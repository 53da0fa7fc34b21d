import { registerNodeType } from '../node/node-registry';
import { HeritageItemWorkshopsResolver } from './heritage-item-workshops.resolver';
import { workshopsById } from './workshop.loader';
import { WorkshopResolver } from './workshop.resolver';
import { workshopRecognitionsById } from './workshop-recognition.loader';
import { WorkshopRecognitionResolver } from './workshop-recognition.resolver';

registerNodeType('Workshop', (ctx, ids) => workshopsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('WorkshopRecognition', (ctx, ids) => workshopRecognitionsById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export const workshopResolvers = [WorkshopResolver, WorkshopRecognitionResolver, HeritageItemWorkshopsResolver];

// Loaders and pages other modules link through (USCC, row ids).
export { workshopsById, workshopsByOperatorUscc, workshopPagesByOperatorUscc } from './workshop.loader';
export { workshopRecognitionsById, workshopRecognitionsByWorkshopId } from './workshop-recognition.loader';
export { WorkshopService } from './workshop.service';
