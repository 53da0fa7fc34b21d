import { directoryOrganizationRule } from './directory-organization.rule';
import { enrollmentRule } from './enrollment.rule';
import { AnyFilingRule } from './filing.rule';
import { ImportType } from './import-types';
import { personRule } from './person.rule';
import { skillCertificateRule } from './skill-certificate.rule';
import { talentTitleRule } from './talent-title.rule';
import { trainingCatalogEntryRule } from './training-catalog-entry.rule';
import { trainingCohortRule } from './training-cohort.rule';
import { vacancyRule } from './vacancy.rule';
import { workshopRule } from './workshop.rule';
import { professionalTitleRule } from './professional-title.rule';
import { rightsCaseRule } from './rights-case.rule';
import { talentProgrammeAwardRule } from './talent-programme-award.rule';
import { trainingMaterialRule } from './training-material.rule';

/** Record types `import --type` takes, each validated by the same rule as its mutation. */
export const IMPORT_RULES: Record<ImportType, AnyFilingRule> = {
  persons: personRule,
  'training-catalog-entries': trainingCatalogEntryRule,
  'training-cohorts': trainingCohortRule,
  enrollments: enrollmentRule,
  'skill-certificates': skillCertificateRule,
  'talent-titles': talentTitleRule,
  vacancies: vacancyRule,
  workshops: workshopRule,
  'directory-organizations': directoryOrganizationRule,
  'training-materials': trainingMaterialRule,
  'professional-titles': professionalTitleRule,
  'talent-programme-awards': talentProgrammeAwardRule,
  'rights-cases': rightsCaseRule,
};

export { IMPORT_TYPES } from './import-types';
export type { ImportType } from './import-types';
