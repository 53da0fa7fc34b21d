import { TableRow } from '../table-row';
import { HrRollupTables } from './hr-rollups.tables';
import {
  ContestEntity,
  ContestEntryEntity,
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
  enrollment: TableRow<EnrollmentEntity>;
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
  trainingMaterial: TableRow<TrainingMaterialEntity>;
  trainingMaterialItem: TableRow<TrainingMaterialItemEntity>;
  trainingMaterialCatalogEntry: TableRow<TrainingMaterialCatalogEntryEntity>;
  professionalTitle: TableRow<ProfessionalTitleEntity>;
  talentProgrammeAward: TableRow<TalentProgrammeAwardEntity>;
  rightsCase: TableRow<RightsCaseEntity>;
}
