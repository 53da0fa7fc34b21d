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
import { AddPersonLinkKey1765000400000 } from './1765000400000-AddPersonLinkKey';

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
  AddPersonLinkKey1765000400000,
];
