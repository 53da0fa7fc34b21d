import { registerRecordNodes } from '../../records';
import { HeritageItemWorkshopsResolver } from './heritage-item-workshops.resolver';
import { WORKSHOP, WORKSHOP_RECOGNITION } from './workshop.record';
import { WorkshopResolver } from './workshop.resolver';
import { WorkshopRecognitionResolver } from './workshop-recognition.resolver';
import { regionField } from '../region/region-field';
import { Workshop } from './workshop.type';

export const WORKSHOP_RECORDS = [WORKSHOP, WORKSHOP_RECOGNITION];
registerRecordNodes(WORKSHOP_RECORDS);

export const workshopResolvers = [
  WorkshopResolver,
  WorkshopRecognitionResolver,
  HeritageItemWorkshopsResolver,
  regionField(Workshop, 'region', 'regionCode', 'The county where it works — 所在地区'),
];

export * from './workshop.record';
