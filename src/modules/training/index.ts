import { registerNodeType } from '../../records/node-registry';
import { EnrollmentResolver } from './enrollment.resolver';
import { enrollmentsById } from './enrollment.loader';
import { SubsidyClaimResolver } from './subsidy-claim.resolver';
import { subsidyClaimsById } from './subsidy-claim.loader';
import { TrainingCatalogEntryResolver } from './training-catalog-entry.resolver';
import { trainingCatalogEntriesById } from './training-catalog-entry.loader';
import { TrainingCohortResolver } from './training-cohort.resolver';
import { trainingCohortsById } from './training-cohort.loader';
import { TrainingProviderResolver } from './training-provider.resolver';
import { trainingProvidersById } from './training-provider.loader';

type Found = Promise<Array<object | null>>;
registerNodeType('TrainingCatalogEntry', (ctx, ids) => trainingCatalogEntriesById(ctx).loadMany(ids) as Found);
registerNodeType('TrainingProvider', (ctx, ids) => trainingProvidersById(ctx).loadMany(ids) as Found);
registerNodeType('TrainingCohort', (ctx, ids) => trainingCohortsById(ctx).loadMany(ids) as Found);
registerNodeType('Enrollment', (ctx, ids) => enrollmentsById(ctx).loadMany(ids) as Found);
registerNodeType('SubsidyClaim', (ctx, ids) => subsidyClaimsById(ctx).loadMany(ids) as Found);

// The loaders the lead's cross-agency fields (Organization, Person, HeritageItem, Workshop) build on.
export { enrollmentsById } from './enrollment.loader';
export { enrollmentPagesByCohortId, enrollmentPagesByPersonId, enrollmentPagesByProviderUscc } from './enrollment.pages';
export { subsidyClaimsByEnrollmentId, subsidyClaimsById } from './subsidy-claim.loader';
export { trainingCatalogEntriesById, trainingCatalogItemKeysByEntryId } from './training-catalog-entry.loader';
export { trainingCatalogEntryPagesByItemKey } from './training-catalog-entry.pages';
export { trainingCohortsById } from './training-cohort.loader';
export { trainingCohortPagesByCatalogEntryId, trainingCohortPagesByProviderId } from './training-cohort.pages';
export { trainingProvidersById, trainingProvidersByUscc } from './training-provider.loader';
export type { EnrollmentRecord } from './enrollment.loader';
export type { SubsidyClaimRecord } from './subsidy-claim.loader';
export type { TrainingCatalogEntryRecord } from './training-catalog-entry.loader';
export type { TrainingCohortRecord } from './training-cohort.loader';
export type { TrainingProviderRecord } from './training-provider.loader';

export const trainingResolvers = [TrainingCatalogEntryResolver, TrainingProviderResolver, TrainingCohortResolver, EnrollmentResolver, SubsidyClaimResolver];
