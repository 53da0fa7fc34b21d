import { ContestEntity } from './contest.entity';
import { ContestEntryEntity } from './contest-entry.entity';
import { EmploymentEventEntity } from './employment-event.entity';
import { EmploymentEventExhibitorEntity } from './employment-event-exhibitor.entity';
import { EmploymentEventVacancyEntity } from './employment-event-vacancy.entity';
import { EmploymentServiceEntity } from './employment-service.entity';
import { JobSeekerEntity } from './job-seeker.entity';
import { JobSeekerSkillEntity } from './job-seeker-skill.entity';
import { JobSeekerWishedRegionEntity } from './job-seeker-wished-region.entity';
import { EnrollmentEntity } from './enrollment.entity';
import { LaborBrandEntity } from './labor-brand.entity';
import { LaborBrandUnitEntity } from './labor-brand-unit.entity';
import { PersonEntity } from './person.entity';
import { SkillCertificateEntity } from './skill-certificate.entity';
import { StartupLoanEntity } from './startup-loan.entity';
import { SubsidyClaimEntity } from './subsidy-claim.entity';
import { TalentTitleEntity } from './talent-title.entity';
import { TargetGroupStatusEntity } from './target-group-status.entity';
import { TrainingCatalogEntryEntity } from './training-catalog-entry.entity';
import { TrainingCatalogItemEntity } from './training-catalog-item.entity';
import { TrainingCohortEntity } from './training-cohort.entity';
import { TrainingProviderEntity } from './training-provider.entity';
import { VacancyEntity } from './vacancy.entity';
import { StartupServiceEntity } from './startup-service.entity';
import { BootCampEntity } from './boot-camp.entity';
import { BootCampParticipantEntity } from './boot-camp-participant.entity';
import { FeaturedDesignationEntity, IndustryPilotCatalogEntryEntity, IndustryPilotEntity, IndustryPilotMemberEntity } from './industry-pilot.entity';
import { TrainingMaterialEntity } from './training-material.entity';
import { TrainingMaterialItemEntity } from './training-material-item.entity';
import { TrainingMaterialCatalogEntryEntity } from './training-material-catalog-entry.entity';
import { ProfessionalTitleEntity } from './professional-title.entity';
import { TalentProgrammeAwardEntity } from './talent-programme-award.entity';
import { RightsCaseEntity } from './rights-case.entity';

export * from './hr.enums';
export * from './career-rights.enums';
export {
  ContestEntity,
  ContestEntryEntity,
  EmploymentEventEntity,
  EmploymentEventExhibitorEntity,
  EmploymentEventVacancyEntity,
  EmploymentServiceEntity,
  JobSeekerEntity,
  JobSeekerSkillEntity,
  JobSeekerWishedRegionEntity,
  EnrollmentEntity,
  LaborBrandEntity,
  LaborBrandUnitEntity,
  PersonEntity,
  SkillCertificateEntity,
  StartupLoanEntity,
  SubsidyClaimEntity,
  TalentTitleEntity,
  TargetGroupStatusEntity,
  TrainingCatalogEntryEntity,
  TrainingCatalogItemEntity,
  TrainingCohortEntity,
  TrainingProviderEntity,
  VacancyEntity,
  StartupServiceEntity,
  BootCampEntity,
  BootCampParticipantEntity,
  IndustryPilotEntity,
  IndustryPilotMemberEntity,
  IndustryPilotCatalogEntryEntity,
  FeaturedDesignationEntity,
  TrainingMaterialEntity,
  TrainingMaterialItemEntity,
  TrainingMaterialCatalogEntryEntity,
  ProfessionalTitleEntity,
  TalentProgrammeAwardEntity,
  RightsCaseEntity,
};

/** In the data model's order, which is also the order of the migrations. */
export const hrEntities = [
  PersonEntity,
  TargetGroupStatusEntity,
  LaborBrandEntity,
  LaborBrandUnitEntity,
  TrainingCatalogEntryEntity,
  TrainingCatalogItemEntity,
  TrainingProviderEntity,
  TrainingCohortEntity,
  EnrollmentEntity,
  SubsidyClaimEntity,
  SkillCertificateEntity,
  TalentTitleEntity,
  ContestEntity,
  ContestEntryEntity,
  VacancyEntity,
  StartupLoanEntity,
  JobSeekerEntity,
  JobSeekerSkillEntity,
  JobSeekerWishedRegionEntity,
  EmploymentEventEntity,
  EmploymentEventExhibitorEntity,
  EmploymentEventVacancyEntity,
  EmploymentServiceEntity,
  StartupServiceEntity,
  BootCampEntity,
  BootCampParticipantEntity,
  IndustryPilotEntity,
  IndustryPilotMemberEntity,
  IndustryPilotCatalogEntryEntity,
  FeaturedDesignationEntity,
  TrainingMaterialEntity,
  TrainingMaterialItemEntity,
  TrainingMaterialCatalogEntryEntity,
  ProfessionalTitleEntity,
  TalentProgrammeAwardEntity,
  RightsCaseEntity,
];
