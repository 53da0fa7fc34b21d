import { registerRecordNodes } from '../../records';
import { EnrollmentResolver } from './enrollment.resolver';
import { SubsidyClaimResolver } from './subsidy-claim.resolver';
import { TrainingCatalogEntryResolver } from './training-catalog-entry.resolver';
import { TrainingCohortResolver } from './training-cohort.resolver';
import { TrainingProviderResolver } from './training-provider.resolver';
import { ENROLLMENT, SUBSIDY_CLAIM, TRAINING_CATALOG_ENTRY, TRAINING_COHORT, TRAINING_PROVIDER } from './training.record';
import { regionField } from '../region/region-field';
import { TrainingCatalogEntry } from './training-catalog-entry.type';
import { TrainingProvider } from './training-provider.type';
import { TrainingCohort } from './training-cohort.type';

export const TRAINING_RECORDS = [TRAINING_CATALOG_ENTRY, TRAINING_PROVIDER, TRAINING_COHORT, ENROLLMENT, SUBSIDY_CLAIM];
registerRecordNodes(TRAINING_RECORDS);

export const trainingResolvers = [
  TrainingCatalogEntryResolver,
  TrainingProviderResolver,
  TrainingCohortResolver,
  EnrollmentResolver,
  SubsidyClaimResolver,
  regionField(TrainingCatalogEntry, 'region', 'regionCode', 'The publishing region — 发布地区'),
  regionField(TrainingProvider, 'region', 'regionCode', 'The region where the provider is filed — 所在地区'),
  regionField(TrainingCohort, 'region', 'regionCode', 'The county where the class is held — 开班地区'),
];

export * from './training.record';
