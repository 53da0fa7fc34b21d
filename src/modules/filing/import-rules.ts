import { employmentEventRule } from './employment-event.rule';
import { employmentServiceRule } from './employment-service.rule';
import { jobSeekerRule } from './job-seeker.rule';
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
import { bootCampParticipantRule } from './boot-camp-participant.rule';
import { bootCampRule } from './boot-camp.rule';
import { startupServiceRule } from './startup-service.rule';
import { featuredDesignationRule } from './featured-designation.rule';
import { industryPilotRule } from './industry-pilot.rule';
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
  'job-seekers': jobSeekerRule,
  'employment-services': employmentServiceRule,
  'employment-events': employmentEventRule,
  'startup-services': startupServiceRule,
  'boot-camps': bootCampRule,
  'boot-camp-participants': bootCampParticipantRule,
  'industry-pilots': industryPilotRule,
  'featured-designations': featuredDesignationRule,
  'training-materials': trainingMaterialRule,
  'professional-titles': professionalTitleRule,
  'talent-programme-awards': talentProgrammeAwardRule,
  'rights-cases': rightsCaseRule,
};

export { IMPORT_TYPES } from './import-types';
export type { ImportType } from './import-types';
