import { RequestContext } from '../../context';
import { AnyRecordDefinition, recordsOf } from '../../records';
import { VACANCY } from '../employment/employment.record';
import { LABOR_BRAND_UNIT } from '../labor/labor.record';
import { organizationsByUscc } from '../organization/organization.lookups';
import { PERSON } from '../person/person.record';
import { SKILL_CERTIFICATE, TALENT_TITLE } from '../talent/talent.record';
import { ENROLLMENT, SUBSIDY_CLAIM, TRAINING_CATALOG_ENTRY, TRAINING_COHORT } from '../training/training.record';
import { WORKSHOP, WORKSHOP_RECOGNITION } from '../workshop/workshop.record';
import { EMPLOYMENT_EVENT, EMPLOYMENT_SERVICE, JOB_SEEKER } from '../job-seeking/job-seeking.record';
import { employmentEventRule } from './employment-event.rule';
import { employmentServiceRule } from './employment-service.rule';
import { jobSeekerRule } from './job-seeker.rule';
import { referralOutcomeRule } from './referral-outcome.rule';
import { catalogPublicationRule } from './catalog-publication.rule';
import { completionRule } from './completion.rule';
import { directoryOrganizationRule } from './directory-organization.rule';
import { enrollmentRule } from './enrollment.rule';
import { FilingSpec } from './filing.runner';
import { laborBrandUnitRule } from './labor-brand-unit.rule';
import { personRule } from './person.rule';
import { skillCertificateRule } from './skill-certificate.rule';
import { subsidyClaimRule } from './subsidy-claim.rule';
import { talentTitleRule } from './talent-title.rule';
import { trainingCatalogEntryRule } from './training-catalog-entry.rule';
import { trainingCohortRule } from './training-cohort.rule';
import { vacancyClosingRule } from './vacancy-closing.rule';
import { vacancyRule } from './vacancy.rule';
import { workshopRecognitionRule } from './workshop-recognition.rule';
import { workshopRule } from './workshop.rule';

type Loader = { clear(key: never): unknown; load(key: never): Promise<unknown> };

/** Reads a record just written: the request's loader may hold an older answer, so its entry is dropped first. */
function fresh(loader: (ctx: RequestContext) => Loader) {
  return async (ctx: RequestContext, key: number | string) => {
    const l = loader(ctx);
    l.clear(key as never);
    return (await l.load(key as never)) as object | null;
  };
}

/** Reads a record just written, by its definition's by-id loader (dropping any older answer first). */
export function freshRecord(definition: AnyRecordDefinition) {
  return fresh((ctx) => recordsOf(ctx, definition).byId());
}

export const REGISTER_PERSON: FilingSpec<unknown> = { rule: personRule, field: 'person', typename: 'Person', load: freshRecord(PERSON) };
export const FILE_LABOR_BRAND_UNIT: FilingSpec<unknown> = { rule: laborBrandUnitRule, field: 'laborBrandUnit', typename: 'LaborBrandUnit', load: freshRecord(LABOR_BRAND_UNIT) };
export const FILE_TRAINING_CATALOG_ENTRY: FilingSpec<unknown> = { rule: trainingCatalogEntryRule, field: 'trainingCatalogEntry', typename: 'TrainingCatalogEntry', load: freshRecord(TRAINING_CATALOG_ENTRY) };
export const PUBLISH_TRAINING_CATALOG_ENTRY: FilingSpec<unknown> = { rule: catalogPublicationRule, field: 'trainingCatalogEntry', typename: 'TrainingCatalogEntry', load: freshRecord(TRAINING_CATALOG_ENTRY) };
export const RECORD_TRAINING_COHORT: FilingSpec<unknown> = { rule: trainingCohortRule, field: 'trainingCohort', typename: 'TrainingCohort', load: freshRecord(TRAINING_COHORT) };
export const ENROLL_TRAINEE: FilingSpec<unknown> = { rule: enrollmentRule, field: 'enrollment', typename: 'Enrollment', load: freshRecord(ENROLLMENT) };
export const RECORD_COMPLETION: FilingSpec<unknown> = { rule: completionRule, field: 'enrollment', typename: 'Enrollment', load: freshRecord(ENROLLMENT) };
export const FILE_SUBSIDY_CLAIM: FilingSpec<unknown> = { rule: subsidyClaimRule, field: 'subsidyClaim', typename: 'SubsidyClaim', load: freshRecord(SUBSIDY_CLAIM) };
export const ISSUE_SKILL_CERTIFICATE: FilingSpec<unknown> = { rule: skillCertificateRule, field: 'skillCertificate', typename: 'SkillCertificate', load: freshRecord(SKILL_CERTIFICATE) };
export const AWARD_TALENT_TITLE: FilingSpec<unknown> = { rule: talentTitleRule, field: 'talentTitle', typename: 'TalentTitle', load: freshRecord(TALENT_TITLE) };
export const POST_VACANCY: FilingSpec<unknown> = { rule: vacancyRule, field: 'vacancy', typename: 'Vacancy', load: freshRecord(VACANCY) };
export const CLOSE_VACANCY: FilingSpec<unknown> = { rule: vacancyClosingRule, field: 'vacancy', typename: 'Vacancy', load: freshRecord(VACANCY) };
export const REGISTER_WORKSHOP: FilingSpec<unknown> = { rule: workshopRule, field: 'workshop', typename: 'Workshop', load: freshRecord(WORKSHOP) };
export const RECOGNIZE_WORKSHOP: FilingSpec<unknown> = { rule: workshopRecognitionRule, field: 'workshopRecognition', typename: 'WorkshopRecognition', load: freshRecord(WORKSHOP_RECOGNITION) };
export const REGISTER_DIRECTORY_ORGANIZATION: FilingSpec<{ uscc: string }> = {
  rule: directoryOrganizationRule,
  field: 'organization',
  typename: 'Organization',
  keyOf: (_id, row) => row.uscc,
  load: fresh(organizationsByUscc),
};
export const REGISTER_JOB_SEEKER: FilingSpec<unknown> = { rule: jobSeekerRule, field: 'jobSeeker', typename: 'JobSeeker', load: freshRecord(JOB_SEEKER) };
export const RECORD_EMPLOYMENT_SERVICE: FilingSpec<unknown> = { rule: employmentServiceRule, field: 'employmentService', typename: 'EmploymentService', load: freshRecord(EMPLOYMENT_SERVICE) };
export const RECORD_REFERRAL_OUTCOME: FilingSpec<unknown> = { rule: referralOutcomeRule, field: 'employmentService', typename: 'EmploymentService', load: freshRecord(EMPLOYMENT_SERVICE) };
export const RECORD_EMPLOYMENT_EVENT: FilingSpec<unknown> = { rule: employmentEventRule, field: 'employmentEvent', typename: 'EmploymentEvent', load: freshRecord(EMPLOYMENT_EVENT) };
