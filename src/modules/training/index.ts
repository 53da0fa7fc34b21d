import { registerRecordNodes } from '../../records';
import { EnrollmentResolver } from './enrollment.resolver';
import { SubsidyClaimResolver } from './subsidy-claim.resolver';
import { TrainingCatalogEntryResolver } from './training-catalog-entry.resolver';
import { TrainingCohortResolver } from './training-cohort.resolver';
import { TrainingProviderResolver } from './training-provider.resolver';
import { ENROLLMENT, SUBSIDY_CLAIM, TRAINING_CATALOG_ENTRY, TRAINING_COHORT, TRAINING_PROVIDER } from './training.record';

export const TRAINING_RECORDS = [TRAINING_CATALOG_ENTRY, TRAINING_PROVIDER, TRAINING_COHORT, ENROLLMENT, SUBSIDY_CLAIM];
registerRecordNodes(TRAINING_RECORDS);

export const trainingResolvers = [TrainingCatalogEntryResolver, TrainingProviderResolver, TrainingCohortResolver, EnrollmentResolver, SubsidyClaimResolver];

export * from './training.record';
