import { Field, ObjectType } from 'type-graphql';
import { ProfessionalTitle } from '../career/professional-title.type';
import { TalentProgrammeAward } from '../career/talent-programme-award.type';
import { TrainingMaterial } from '../material/training-material.type';
import { RightsCase } from '../rights/rights-case.type';
import { FilingPayload } from './filing-problem.type';

@ObjectType('FileTrainingMaterialPayload', { description: 'Result of filing a training material — 教材课程备案结果' })
export class FileTrainingMaterialPayload extends FilingPayload {
  @Field(() => TrainingMaterial, { nullable: true, description: 'The material filed — 备案的教材课程' })
  trainingMaterial: TrainingMaterial | null;
}

@ObjectType('RecordProfessionalTitlePayload', { description: 'Result of recording a professional title — 职称登记结果' })
export class RecordProfessionalTitlePayload extends FilingPayload {
  @Field(() => ProfessionalTitle, { nullable: true, description: 'The title recorded — 登记的职称' })
  professionalTitle: ProfessionalTitle | null;
}

@ObjectType('AwardTalentProgrammePayload', { description: 'Result of recording a talent programme award — 人才项目入选登记结果' })
export class AwardTalentProgrammePayload extends FilingPayload {
  @Field(() => TalentProgrammeAward, { nullable: true, description: 'The award recorded — 登记的入选记录' })
  talentProgrammeAward: TalentProgrammeAward | null;
}

@ObjectType('OpenRightsCasePayload', { description: 'Result of opening a rights case — 维权受理结果' })
export class OpenRightsCasePayload extends FilingPayload {
  @Field(() => RightsCase, { nullable: true, description: 'The case — 维权案件' })
  rightsCase: RightsCase | null;
}

@ObjectType('CloseRightsCasePayload', { description: 'Result of closing a rights case — 维权办结结果' })
export class CloseRightsCasePayload extends FilingPayload {
  @Field(() => RightsCase, { nullable: true, description: 'The case, now closed — 办结的维权案件' })
  rightsCase: RightsCase | null;
}
