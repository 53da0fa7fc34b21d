import { defineRelation, fetchAlongside } from '../../records';
import { ITEM_LISTINGS } from '../heritage/heritage.relations';
import { HERITAGE_ITEM } from '../heritage/heritage.record';
import { PERSON } from '../person/person.record';
import { ENROLLMENT, SUBSIDY_CLAIM, TRAINING_CATALOG_ENTRY, TRAINING_COHORT, TRAINING_PROVIDER } from './training.record';

/** How training records reach each other and the records around them (see records/relations.ts). */
/** Entries cite an item by any of its listing keys (TrainingCatalogService.entriesOfItem): the keys come with the items' own statement. */
export const ITEM_CATALOG_ENTRIES = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'trainingCatalogEntries', child: TRAINING_CATALOG_ENTRY, link: 'itemKey', parentKey: 'itemKey' });
/** An item has a handful of listings; a hundred is every one. */
export const LISTINGS_OF_ITEM = { first: 100 };
fetchAlongside(ITEM_CATALOG_ENTRIES, ITEM_LISTINGS, LISTINGS_OF_ITEM);
export const ENTRY_COHORTS = defineRelation({ kind: 'page', parent: TRAINING_CATALOG_ENTRY, field: 'cohorts', child: TRAINING_COHORT, link: 'catalogEntryId', parentKey: 'id' });
export const PROVIDER_COHORTS = defineRelation({ kind: 'page', parent: TRAINING_PROVIDER, field: 'cohorts', child: TRAINING_COHORT, link: 'providerId', parentKey: 'id' });
export const COHORT_ENROLLMENTS = defineRelation({ kind: 'page', parent: TRAINING_COHORT, field: 'enrollments', child: ENROLLMENT, link: 'cohortId', parentKey: 'id' });
export const COHORT_CATALOG_ENTRY = defineRelation({ kind: 'one', parent: TRAINING_COHORT, field: 'catalogEntry', child: TRAINING_CATALOG_ENTRY, parentKey: 'catalogEntryId' });
export const COHORT_PROVIDER = defineRelation({ kind: 'one', parent: TRAINING_COHORT, field: 'trainingProvider', child: TRAINING_PROVIDER, parentKey: 'providerId' });
export const ENROLLMENT_COHORT = defineRelation({ kind: 'one', parent: ENROLLMENT, field: 'cohort', child: TRAINING_COHORT, parentKey: 'cohortId' });
export const CLAIM_ENROLLMENT = defineRelation({ kind: 'one', parent: SUBSIDY_CLAIM, field: 'enrollment', child: ENROLLMENT, parentKey: 'enrollmentId' });
export const PERSON_ENROLLMENTS = defineRelation({ kind: 'page', parent: PERSON, field: 'enrollments', child: ENROLLMENT, link: 'personId', parentKey: 'id' });
export const ENROLLMENT_TRAINEE = defineRelation({ kind: 'one', parent: ENROLLMENT, field: 'trainee', child: PERSON, parentKey: 'personId' });
