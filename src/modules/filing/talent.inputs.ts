import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { EvaluatorTypeEnum, SkillCertificateKindEnum, SkillLevelEnum, TalentTitleKindEnum } from '../talent/talent.enums';
import { StrictInput } from './strict.input';

@InputType('IssueSkillCertificateInput', { description: 'A skill-level or specialised-ability certificate issued to a person — 技能证书核发' })
export class IssueSkillCertificateInput extends StrictInput {
  @Field({ description: 'Certificate number (Y/S + 21 digits); its type letter, year and level digit must agree with the fields — 证书编号' })
  certificateNumber: string;

  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field(() => SkillCertificateKindEnum, { description: 'Kind — 证书类别' })
  kind: keyof typeof SkillCertificateKindEnum;

  @Field(() => SkillLevelEnum, { nullable: true, description: 'Level, required for SKILL_LEVEL and absent for SPECIALIZED_ABILITY — 技能等级' })
  level?: keyof typeof SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: 'Occupation code, required for SKILL_LEVEL — 职业编码' })
  occupationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Ability certified, required for SPECIALIZED_ABILITY — 专项职业能力名称' })
  abilityTitle?: string | null;

  @Field(() => EvaluatorTypeEnum, { description: 'Who evaluated — 评价机构类型' })
  evaluatorType: keyof typeof EvaluatorTypeEnum;

  @Field(() => String, { nullable: true, description: 'USCC of the evaluating employer or organisation; required for EMPLOYER — 评价机构统一社会信用代码' })
  evaluatorUscc?: string | null;

  @Field(() => DateScalar, { description: 'Day of issue — 发证日期' })
  issuedOn: string;

  @Field({ description: 'GB/T 2260 code of the issuing region — 发证地区代码' })
  regionCode: string;
}

@InputType('AwardTalentTitleInput', { description: 'A talent title awarded to a person — 人才称号授予' })
export class AwardTalentTitleInput {
  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field(() => TalentTitleKindEnum, { description: 'Kind — 称号类别' })
  kind: keyof typeof TalentTitleKindEnum;

  @Field(() => String, { nullable: true, description: 'Wording of the title; required for OTHER, the official name otherwise — 称号名称' })
  titleName?: string | null;

  @Field(() => Int, { description: 'Year of the title — 年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day of the award — 授予日期' })
  awardedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the management period; for QILU_CHIEF_TECHNICIAN four years from the award unless given — 管理期届满日期' })
  termEndsOn?: string | null;

  @Field({ description: 'GB/T 2260 code of the area that put the person forward, where the dispatch report counts the title — 所属（推荐）地区代码' })
  regionCode: string;
}
