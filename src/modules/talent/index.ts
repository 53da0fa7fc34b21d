import { registerRecordNodes } from '../../records';
import { ContestEntryResolver } from './contest-entry.resolver';
import { ContestResolver } from './contest.resolver';
import { PersonTalentResolver } from './person-talent.resolver';
import { SkillCertificateResolver } from './skill-certificate.resolver';
import { TalentTitleResolver } from './talent-title.resolver';
import { CONTEST, CONTEST_ENTRY, SKILL_CERTIFICATE, TALENT_TITLE } from './talent.record';
import { regionField } from '../region/region-field';
import { Permission } from '../../auth/permissions';
import { Contest } from './contest.type';
import { SkillCertificate } from './skill-certificate.type';
import { TalentTitle } from './talent-title.type';

export const TALENT_RECORDS = [SKILL_CERTIFICATE, TALENT_TITLE, CONTEST, CONTEST_ENTRY];
registerRecordNodes(TALENT_RECORDS);

export * from './talent.record';
export { Contest } from './contest.type';

export const talentResolvers = [
  SkillCertificateResolver,
  TalentTitleResolver,
  ContestResolver,
  ContestEntryResolver,
  PersonTalentResolver,
  regionField(Contest, 'region', 'regionCode', 'The organising area — 举办地区'),
  regionField(SkillCertificate, 'region', 'regionCode', 'The area where it was issued — 发证地区', { authorized: [Permission.PERSON_READ] }),
  regionField(TalentTitle, 'region', 'regionCode', 'The area that put the person forward — 所属地区', { authorized: [Permission.PERSON_READ] }),
];
