import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Contest } from './contest.type';
import { ContestEntry } from './contest-entry.type';
import { SkillCertificate } from './skill-certificate.type';
import { TalentTitle } from './talent-title.type';

@ObjectType('SkillCertificateConnection', { description: 'A page of skill certificates (Relay connection) — 技能证书列表' })
export class SkillCertificateConnection extends ConnectionType(SkillCertificate, 'SkillCertificate', '技能证书') {}

@ObjectType('TalentTitleConnection', { description: 'A page of talent titles (Relay connection) — 人才称号列表' })
export class TalentTitleConnection extends ConnectionType(TalentTitle, 'TalentTitle', '人才称号') {}

@ObjectType('ContestConnection', { description: 'A page of skills contests (Relay connection) — 职业技能竞赛列表' })
export class ContestConnection extends ConnectionType(Contest, 'Contest', '职业技能竞赛') {}

@ObjectType('ContestEntryConnection', { description: 'A page of contest entries (Relay connection) — 参赛记录列表' })
export class ContestEntryConnection extends ConnectionType(ContestEntry, 'ContestEntry', '参赛记录') {}
