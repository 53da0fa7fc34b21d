import { registerRecordNodes } from '../../records';
import { ContestEntryResolver } from './contest-entry.resolver';
import { ContestResolver } from './contest.resolver';
import { PersonTalentResolver } from './person-talent.resolver';
import { SkillCertificateResolver } from './skill-certificate.resolver';
import { TalentTitleResolver } from './talent-title.resolver';
import { CONTEST, CONTEST_ENTRY, SKILL_CERTIFICATE, TALENT_TITLE } from './talent.record';

export const TALENT_RECORDS = [SKILL_CERTIFICATE, TALENT_TITLE, CONTEST, CONTEST_ENTRY];
registerRecordNodes(TALENT_RECORDS);

export * from './talent.record';
export { Contest } from './contest.type';

export const talentResolvers = [SkillCertificateResolver, TalentTitleResolver, ContestResolver, ContestEntryResolver, PersonTalentResolver];
