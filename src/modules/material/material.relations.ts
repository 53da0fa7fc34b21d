import { defineRelation } from '../../records';
import { HERITAGE_ITEM } from '../heritage/heritage.record';
import { TRAINING_CATALOG_ENTRY } from '../training/training.record';
import { TRAINING_MATERIAL } from './material.record';

/** How training materials reach catalogue entries and ICH items, both ways (see records/relations.ts). */
export const ITEM_TRAINING_MATERIALS = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'trainingMaterials', child: TRAINING_MATERIAL, link: 'itemKey', parentKey: 'itemKey' });
export const CATALOG_ENTRY_MATERIALS = defineRelation({ kind: 'page', parent: TRAINING_CATALOG_ENTRY, field: 'materials', child: TRAINING_MATERIAL, link: 'catalogEntryId', parentKey: 'id' });
export const MATERIAL_CATALOG_ENTRIES = defineRelation({ kind: 'page', parent: TRAINING_MATERIAL, field: 'catalogEntries', child: TRAINING_CATALOG_ENTRY, link: 'materialId', parentKey: 'id' });
