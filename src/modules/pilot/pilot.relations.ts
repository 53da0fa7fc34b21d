import { defineRelation } from '../../records';
import { LABOR_BRAND } from '../labor/labor.record';
import { TRAINING_CATALOG_ENTRY } from '../training/training.record';
import { FEATURED_DESIGNATION, INDUSTRY_PILOT } from './pilot.record';

/** How pilots and designations reach the records around them (see records/relations.ts). */
export const PILOT_CATALOG_ENTRIES = defineRelation({ kind: 'page', parent: INDUSTRY_PILOT, field: 'catalogEntries', child: TRAINING_CATALOG_ENTRY, link: 'pilotId', parentKey: 'id' });
export const ENTRY_PILOTS = defineRelation({ kind: 'page', parent: TRAINING_CATALOG_ENTRY, field: 'pilots', child: INDUSTRY_PILOT, link: 'entryId', parentKey: 'id' });
export const DESIGNATION_LABOR_BRAND = defineRelation({ kind: 'one', parent: FEATURED_DESIGNATION, field: 'laborBrand', child: LABOR_BRAND, parentKey: 'laborBrandId' });
export const DESIGNATION_CATALOG_ENTRY = defineRelation({ kind: 'one', parent: FEATURED_DESIGNATION, field: 'catalogEntry', child: TRAINING_CATALOG_ENTRY, parentKey: 'catalogEntryId' });
export const BRAND_DESIGNATIONS = defineRelation({ kind: 'list', parent: LABOR_BRAND, field: 'designations', child: FEATURED_DESIGNATION, column: 'laborBrandId', parentKey: 'id', orderBy: 'YEAR' });
export const ENTRY_DESIGNATIONS = defineRelation({ kind: 'list', parent: TRAINING_CATALOG_ENTRY, field: 'designations', child: FEATURED_DESIGNATION, column: 'catalogEntryId', parentKey: 'id', orderBy: 'YEAR' });
