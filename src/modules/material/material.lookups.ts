import { naturalKey } from '../../records';
import { TRAINING_MATERIAL } from './material.record';

/** Training materials by their filing code (see records/record-lookup.ts). */
export const TRAINING_MATERIAL_BY_CODE = naturalKey(TRAINING_MATERIAL, { column: 'code' });
