import { CreatePerson1764300200000 } from './1764300200000-CreatePerson';
import { CreateTargetGroupStatus1764300200100 } from './1764300200100-CreateTargetGroupStatus';
import { CreateLaborBrand1764300200200 } from './1764300200200-CreateLaborBrand';
import { CreateLaborBrandUnit1764300200300 } from './1764300200300-CreateLaborBrandUnit';
import { CreateTrainingCatalogEntry1764300200400 } from './1764300200400-CreateTrainingCatalogEntry';
import { CreateTrainingCatalogItem1764300200500 } from './1764300200500-CreateTrainingCatalogItem';
import { CreateTrainingProvider1764300200600 } from './1764300200600-CreateTrainingProvider';
import { CreateTrainingCohort1764300200700 } from './1764300200700-CreateTrainingCohort';
import { CreateEnrollment1764300200800 } from './1764300200800-CreateEnrollment';
import { CreateSubsidyClaim1764300200900 } from './1764300200900-CreateSubsidyClaim';
import { CreateSkillCertificate1764300201000 } from './1764300201000-CreateSkillCertificate';
import { CreateTalentTitle1764300201100 } from './1764300201100-CreateTalentTitle';
import { CreateContest1764300201200 } from './1764300201200-CreateContest';
import { CreateContestEntry1764300201300 } from './1764300201300-CreateContestEntry';
import { CreateVacancy1764300201400 } from './1764300201400-CreateVacancy';
import { CreateStartupLoan1764300201500 } from './1764300201500-CreateStartupLoan';
import { AddStatisticsIndexes1764300400000 } from './1764300400000-AddStatisticsIndexes';
import { CreateStatisticsRollups1764300700000 } from './1764300700000-CreateStatisticsRollups';
import { AddVacancyIchCategory1765000100000 } from './1765000100000-AddVacancyIchCategory';
import { CreateJobSeeker1765000100100 } from './1765000100100-CreateJobSeeker';
import { CreateJobSeekerSkill1765000100200 } from './1765000100200-CreateJobSeekerSkill';
import { CreateJobSeekerWishedRegion1765000100300 } from './1765000100300-CreateJobSeekerWishedRegion';
import { CreateEmploymentEvent1765000100400 } from './1765000100400-CreateEmploymentEvent';
import { CreateEmploymentEventExhibitor1765000100500 } from './1765000100500-CreateEmploymentEventExhibitor';
import { CreateEmploymentEventVacancy1765000100600 } from './1765000100600-CreateEmploymentEventVacancy';
import { CreateEmploymentService1765000100700 } from './1765000100700-CreateEmploymentService';
import { CreateStartupService1765000200000 } from './1765000200000-CreateStartupService';
import { CreateBootCamp1765000200100 } from './1765000200100-CreateBootCamp';
import { CreateBootCampParticipant1765000200200 } from './1765000200200-CreateBootCampParticipant';
import { CreateIndustryPilot1765000200300 } from './1765000200300-CreateIndustryPilot';
import { CreateIndustryPilotMember1765000200400 } from './1765000200400-CreateIndustryPilotMember';
import { CreateIndustryPilotCatalogEntry1765000200500 } from './1765000200500-CreateIndustryPilotCatalogEntry';
import { CreateFeaturedDesignation1765000200600 } from './1765000200600-CreateFeaturedDesignation';
import { CreateTrainingMaterial1765000300000 } from './1765000300000-CreateTrainingMaterial';
import { CreateTrainingMaterialItem1765000300100 } from './1765000300100-CreateTrainingMaterialItem';
import { CreateTrainingMaterialCatalogEntry1765000300200 } from './1765000300200-CreateTrainingMaterialCatalogEntry';
import { CreateProfessionalTitle1765000300300 } from './1765000300300-CreateProfessionalTitle';
import { CreateTalentProgrammeAward1765000300400 } from './1765000300400-CreateTalentProgrammeAward';
import { CreateRightsCase1765000300500 } from './1765000300500-CreateRightsCase';

/** In order; listed explicitly so the same list works from ts (tests) and compiled js. */
export const hrMigrations = [
  CreatePerson1764300200000,
  CreateTargetGroupStatus1764300200100,
  CreateLaborBrand1764300200200,
  CreateLaborBrandUnit1764300200300,
  CreateTrainingCatalogEntry1764300200400,
  CreateTrainingCatalogItem1764300200500,
  CreateTrainingProvider1764300200600,
  CreateTrainingCohort1764300200700,
  CreateEnrollment1764300200800,
  CreateSubsidyClaim1764300200900,
  CreateSkillCertificate1764300201000,
  CreateTalentTitle1764300201100,
  CreateContest1764300201200,
  CreateContestEntry1764300201300,
  CreateVacancy1764300201400,
  CreateStartupLoan1764300201500,
  AddStatisticsIndexes1764300400000,
  CreateStatisticsRollups1764300700000,
  AddVacancyIchCategory1765000100000,
  CreateJobSeeker1765000100100,
  CreateJobSeekerSkill1765000100200,
  CreateJobSeekerWishedRegion1765000100300,
  CreateEmploymentEvent1765000100400,
  CreateEmploymentEventExhibitor1765000100500,
  CreateEmploymentEventVacancy1765000100600,
  CreateEmploymentService1765000100700,
  CreateStartupService1765000200000,
  CreateBootCamp1765000200100,
  CreateBootCampParticipant1765000200200,
  CreateIndustryPilot1765000200300,
  CreateIndustryPilotMember1765000200400,
  CreateIndustryPilotCatalogEntry1765000200500,
  CreateFeaturedDesignation1765000200600,
  CreateTrainingMaterial1765000300000,
  CreateTrainingMaterialItem1765000300100,
  CreateTrainingMaterialCatalogEntry1765000300200,
  CreateProfessionalTitle1765000300300,
  CreateTalentProgrammeAward1765000300400,
  CreateRightsCase1765000300500,
];
