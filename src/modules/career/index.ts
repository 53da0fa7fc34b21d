import { Permission } from '../../auth/permissions';
import { registerRecordNodes } from '../../records';
import { regionField } from '../region/region-field';
import { PROFESSIONAL_TITLE, TALENT_PROGRAMME_AWARD } from './career.record';
import { PersonCareerResolver, ProfessionalTitleResolver, TalentProgrammeAwardResolver } from './career.resolver';
import { ProfessionalTitle } from './professional-title.type';
import { TalentProgrammeAward } from './talent-programme-award.type';

export const CAREER_RECORDS = [PROFESSIONAL_TITLE, TALENT_PROGRAMME_AWARD];
registerRecordNodes(CAREER_RECORDS);

export * from './career.record';

export const careerResolvers = [
  ProfessionalTitleResolver,
  TalentProgrammeAwardResolver,
  PersonCareerResolver,
  regionField(ProfessionalTitle, 'region', 'regionCode', 'The area whose bureau conferred or recorded the title — 评审（认定）地区', { authorized: [Permission.PERSON_READ] }),
  regionField(TalentProgrammeAward, 'region', 'regionCode', 'The area that awarded it — 授予地区', { authorized: [Permission.PERSON_READ] }),
];
