import { registerRecordNodes } from '../../records';
import { HeritageItemWorkshopsResolver } from './heritage-item-workshops.resolver';
import { WORKSHOP, WORKSHOP_RECOGNITION } from './workshop.record';
import { WorkshopResolver } from './workshop.resolver';
import { WorkshopRecognitionResolver } from './workshop-recognition.resolver';

export const WORKSHOP_RECORDS = [WORKSHOP, WORKSHOP_RECOGNITION];
registerRecordNodes(WORKSHOP_RECORDS);

export const workshopResolvers = [WorkshopResolver, WorkshopRecognitionResolver, HeritageItemWorkshopsResolver];

export * from './workshop.record';
