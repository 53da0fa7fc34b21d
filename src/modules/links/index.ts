import { StartupLoanLinksResolver } from './borrower-links.resolver';
import { HeritageLinksResolver } from './heritage-links.resolver';
import { OrganizationLinksResolver } from './organization-links.resolver';
import { EnrollmentLinksResolver, InheritorLinksResolver, PersonLinksResolver } from './person-links.resolver';
import { LaborBrandUnitLinksResolver, TrainingCohortLinksResolver, VacancyLinksResolver } from './uscc-links.resolver';
import { WorkshopLinksResolver } from './workshop-links.resolver';

/**
 * Cross-agency fields: each resolves a natural key (USCC, citizen ID, item
 * key) held by one source against the other source through a batched loader.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const linkResolvers: Function[] = [
  HeritageLinksResolver,
  OrganizationLinksResolver,
  WorkshopLinksResolver,
  PersonLinksResolver,
  InheritorLinksResolver,
  EnrollmentLinksResolver,
  LaborBrandUnitLinksResolver,
  VacancyLinksResolver,
  TrainingCohortLinksResolver,
  StartupLoanLinksResolver,
];
