import { registerRecordNodes } from '../../records';
import { regionField } from '../region/region-field';
import { TRAINING_MATERIAL } from './material.record';
import { CatalogEntryMaterialsResolver, ItemMaterialsResolver, TrainingMaterialResolver } from './training-material.resolver';
import { TrainingMaterial } from './training-material.type';

export const MATERIAL_RECORDS = [TRAINING_MATERIAL];
registerRecordNodes(MATERIAL_RECORDS);

export * from './material.record';

export const materialResolvers = [
  TrainingMaterialResolver,
  CatalogEntryMaterialsResolver,
  ItemMaterialsResolver,
  regionField(TrainingMaterial, 'region', 'regionCode', 'The area whose bureau filed it — 备案地区'),
];
