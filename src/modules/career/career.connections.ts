import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { ProfessionalTitle } from './professional-title.type';
import { TalentProgrammeAward } from './talent-programme-award.type';

@ObjectType('ProfessionalTitleConnection', { description: 'A page of professional titles (Relay connection) — 职称列表' })
export class ProfessionalTitleConnection extends ConnectionType(ProfessionalTitle, 'ProfessionalTitle', '职称') {}

@ObjectType('TalentProgrammeAwardConnection', { description: 'A page of talent programme awards (Relay connection) — 人才项目入选列表' })
export class TalentProgrammeAwardConnection extends ConnectionType(TalentProgrammeAward, 'TalentProgrammeAward', '人才项目入选') {}
