import { anyOf, asc, Condition, defineRecord, FilterQuery, RecordOf } from '../../records';
import { requireUscc } from '../../shared/filters/arguments';
import { requireRegionCode } from '../../shared/regions';
import { rowIdOf } from '../../shared/relay/global-id';
import { EnrollmentEntity, SubsidyClaimEntity, TrainingCatalogEntryEntity, TrainingCohortEntity, TrainingProviderEntity } from '../../sources/hr';
import { HrTables } from '../../sources/hr/hr.tables';
import type { EnrollmentFilter } from './enrollment.inputs';
import type { SubsidyClaimFilter } from './subsidy-claim.inputs';
import type { TrainingCatalogFilter } from './training-catalog-entry.inputs';
import type { TrainingCohortFilter } from './training-cohort.inputs';
import type { TrainingProviderFilter } from './training-provider.inputs';

/** Programmes built on any of the item keys (canonical, as stored in training_catalog_item); none for an empty list. */
function builtOn(keys: string[] | null, q: FilterQuery<TrainingCatalogFilter, HrTables['trainingCatalogEntry'], HrTables>): Condition | null {
  if (keys === null) return null;
  if (keys.length === 0) return anyOf([]);
  return q.where.inQuery('id', q.where.db.selectFrom('trainingCatalogItem as keyed').select('keyed.entryId').where('keyed.itemKey', 'in', keys));
}

export const TRAINING_CATALOG_ENTRY = defineRecord({
  typename: 'TrainingCatalogEntry',
  plural: 'trainingCatalogEntries',
  source: 'hr',
  table: 'trainingCatalogEntry',
  entity: TrainingCatalogEntryEntity,
  orderings: { ID: [], CODE: [asc('code')], TITLE: [asc('title')] },
  filter: (f: TrainingCatalogFilter, q) => [
    q.oneOf('statuses', 'status'),
    q.regionSubtree('regionCode', 'regionCode'),
    builtOn(q.itemKeys('itemKeys'), q),
    f.occupationCode ? q.where.equals('occupationCode', f.occupationCode.trim()) : null,
    q.contains('titleContains', 'title'),
    q.range('publishedFrom', 'publishedTo', 'publishedOn'),
  ],
  links: {
    // An entry built on two of the keys asked appears under each.
    itemKey: { through: { table: 'trainingCatalogItem', column: 'itemKey', joins: 'entryId', on: 'id' } },
    // The programmes a production–training pilot runs (IndustryPilot.catalogEntries).
    pilotId: { through: { table: 'industryPilotCatalogEntry', column: 'pilotId', joins: 'entryId', on: 'id' } },
    // TrainingMaterial.catalogEntries.
    materialId: { through: { table: 'trainingMaterialCatalogEntry', column: 'materialId', joins: 'catalogEntryId', on: 'id' } },
  },
});

export const TRAINING_PROVIDER = defineRecord({
  typename: 'TrainingProvider',
  source: 'hr',
  table: 'trainingProvider',
  entity: TrainingProviderEntity,
  orderings: { ID: [], NAME: [asc('name')], USCC: [asc('uscc')], FILED_ON: [asc('filedOn')] },
  filter: (_f: TrainingProviderFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.uscc('uscc', 'uscc'),
    q.contains('nameContains', 'name'),
    q.oneOf('creditRatings', 'creditRating'),
  ],
});

/** Classes run by the filed provider with the USCC of `providerUscc`. */
function runBy(uscc: string | null | undefined, q: FilterQuery<TrainingCohortFilter, HrTables['trainingCohort'], HrTables>): Condition | null {
  if (uscc == null) return null;
  const providers = q.where.db.selectFrom('trainingProvider as runner').select('runner.id').where('runner.uscc', '=', requireUscc(q.path('providerUscc'), uscc));
  return q.where.inQuery('providerId', providers);
}

export const TRAINING_COHORT = defineRecord({
  typename: 'TrainingCohort',
  source: 'hr',
  table: 'trainingCohort',
  entity: TrainingCohortEntity,
  orderings: { ID: [], CODE: [asc('code')], STARTS_ON: [asc('startsOn')] },
  filter: (f: TrainingCohortFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('startsFrom', 'startsTo', 'startsOn'),
    q.flag('projectBased', 'projectBased'),
    f.catalogEntryId != null && q.where.equals('catalogEntryId', rowIdOf(f.catalogEntryId, 'TrainingCatalogEntry', q.path('catalogEntryId'))),
    runBy(f.providerUscc, q),
  ],
  links: {
    catalogEntryId: { column: 'catalogEntryId' },
    providerId: { column: 'providerId' },
  },
});

/** Places in cohorts held in the region of `regionCode` or anywhere under it. */
function heldIn(code: string | null | undefined, q: FilterQuery<EnrollmentFilter, HrTables['enrollment'], HrTables>): Condition | null {
  if (!code) return null;
  requireRegionCode(q.env.regions, q.path('regionCode'), code);
  const cohorts = q.where.db.selectFrom('trainingCohort as heldIn').select('heldIn.id').where('heldIn.regionCode', 'in', q.env.regions.subtreeCodes(code));
  return q.where.inQuery('cohortId', cohorts);
}

export const ENROLLMENT = defineRecord({
  typename: 'Enrollment',
  source: 'hr',
  table: 'enrollment',
  entity: EnrollmentEntity,
  personLink: 'personId',
  orderings: { ID: [], ENROLLED_ON: [asc('enrolledOn')] },
  filter: (f: EnrollmentFilter, q) => [
    q.oneOf('statuses', 'status'),
    q.oneOf('targetGroups', 'targetGroup'),
    q.range('enrolledFrom', 'enrolledTo', 'enrolledOn'),
    q.flag('passed', 'passed'),
    heldIn(f.regionCode, q),
  ],
  links: {
    cohortId: { column: 'cohortId' },
    personId: { column: 'personId' },
    // Every place in any cohort the provider runs (a person enrolled twice appears twice).
    providerId: { through: { table: 'trainingCohort', column: 'providerId', joins: 'id', on: 'cohortId' } },
  },
});

export const SUBSIDY_CLAIM = defineRecord({
  typename: 'SubsidyClaim',
  source: 'hr',
  table: 'subsidyClaim',
  entity: SubsidyClaimEntity,
  personLink: 'enrollment',
  orderings: { ID: [], CLAIMED_ON: [asc('claimedOn')] },
  filter: (_f: SubsidyClaimFilter, q) => [q.oneOf('statuses', 'status'), q.range('claimedFrom', 'claimedTo', 'claimedOn')],
});

export type TrainingCatalogEntryRecord = RecordOf<typeof TRAINING_CATALOG_ENTRY>;
export type TrainingProviderRecord = RecordOf<typeof TRAINING_PROVIDER>;
export type TrainingCohortRecord = RecordOf<typeof TRAINING_COHORT>;
/** Carries `personId` for `Enrollment.trainee` (links/), though the field is not exposed here. */
export type EnrollmentRecord = RecordOf<typeof ENROLLMENT>;
export type SubsidyClaimRecord = RecordOf<typeof SUBSIDY_CLAIM>;
