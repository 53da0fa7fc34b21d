import { TableRow } from '../table-row';
import { HrRollupTables } from './hr-rollups.tables';
import {
  ContestEntity,
  ContestEntryEntity,
  EmploymentEventEntity,
  EmploymentEventExhibitorEntity,
  EmploymentEventVacancyEntity,
  EmploymentServiceEntity,
  EnrollmentEntity,
  JobSeekerEntity,
  JobSeekerSkillEntity,
  JobSeekerWishedRegionEntity,
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
} from '.';

/** The HR database's tables as the SQL builder types them (see sources/table-row.ts). */
export interface HrTables extends HrRollupTables {
  contest: TableRow<ContestEntity>;
  contestEntry: TableRow<ContestEntryEntity>;
  employmentEvent: TableRow<EmploymentEventEntity>;
  employmentEventExhibitor: TableRow<EmploymentEventExhibitorEntity>;
  employmentEventVacancy: TableRow<EmploymentEventVacancyEntity>;
  employmentService: TableRow<EmploymentServiceEntity>;
  enrollment: TableRow<EnrollmentEntity>;
  jobSeeker: TableRow<JobSeekerEntity>;
  jobSeekerSkill: TableRow<JobSeekerSkillEntity>;
  jobSeekerWishedRegion: TableRow<JobSeekerWishedRegionEntity>;
  laborBrand: TableRow<LaborBrandEntity>;
  laborBrandUnit: TableRow<LaborBrandUnitEntity>;
  person: TableRow<PersonEntity>;
  skillCertificate: TableRow<SkillCertificateEntity>;
  startupLoan: TableRow<StartupLoanEntity>;
  subsidyClaim: TableRow<SubsidyClaimEntity>;
  talentTitle: TableRow<TalentTitleEntity>;
  targetGroupStatus: TableRow<TargetGroupStatusEntity>;
  trainingCatalogEntry: TableRow<TrainingCatalogEntryEntity>;
  trainingCatalogItem: TableRow<TrainingCatalogItemEntity>;
  trainingCohort: TableRow<TrainingCohortEntity>;
  trainingProvider: TableRow<TrainingProviderEntity>;
  vacancy: TableRow<VacancyEntity>;
  startupService: TableRow<StartupServiceEntity>;
  bootCamp: TableRow<BootCampEntity>;
  bootCampParticipant: TableRow<BootCampParticipantEntity>;
  industryPilot: TableRow<IndustryPilotEntity>;
  industryPilotMember: TableRow<IndustryPilotMemberEntity>;
  industryPilotCatalogEntry: TableRow<IndustryPilotCatalogEntryEntity>;
  featuredDesignation: TableRow<FeaturedDesignationEntity>;
  trainingMaterial: TableRow<TrainingMaterialEntity>;
  trainingMaterialItem: TableRow<TrainingMaterialItemEntity>;
  trainingMaterialCatalogEntry: TableRow<TrainingMaterialCatalogEntryEntity>;
  professionalTitle: TableRow<ProfessionalTitleEntity>;
  talentProgrammeAward: TableRow<TalentProgrammeAwardEntity>;
  rightsCase: TableRow<RightsCaseEntity>;
}
