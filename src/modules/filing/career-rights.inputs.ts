import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { ProfessionalTitleLevelEnum, ProfessionalTitleRouteEnum, ProfessionalTitleSeriesEnum, TalentProgrammeLevelEnum } from '../career/career.enums';
import { TrainingMaterialKindEnum } from '../material/material.enums';
import { StrictInput } from './strict.input';
import { RightsCaseKindEnum, RightsCaseOutcomeEnum } from '../rights/rights.enums';

@InputType('FileTrainingMaterialInput', { description: 'A Shandong Handmade textbook or course filed with HR — 特色培训教材和培训课程备案' })
export class FileTrainingMaterialInput {
  @Field({ description: 'Filing number, unique: 3–32 letters, digits and dashes — 教材课程编号' })
  code: string;

  @Field({ description: 'Title — 名称' })
  title: string;

  @Field(() => TrainingMaterialKindEnum, { description: 'Textbook or course — 类别' })
  kind: keyof typeof TrainingMaterialKindEnum;

  @Field({ description: 'Publisher of a textbook, developer of a course — 出版（开发）单位' })
  publisher: string;

  @Field(() => Int, { description: 'Year of publication or release — 出版（发布）年度' })
  year: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day of publication or release, in that year — 出版（发布）日期' })
  releasedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Class hours; required for a course — 课时' })
  classHours?: number | null;

  @Field(() => String, { nullable: true, description: 'ISBN-13 of a textbook, hyphens allowed; its check digit must hold — 国际标准书号' })
  isbn?: string | null;

  @Field({ description: 'GB/T 2260 code of the filing region — 备案地区代码' })
  regionCode: string;

  @Field(() => [String], { description: 'Keys of the ICH items taught, any listing’s key (an extension listing’s key is stored as its item’s own key) — 关联非遗项目键' })
  itemKeys: string[];

  @Field(() => [String], { nullable: true, description: 'Codes of the catalogue programmes it is used in — 适用培训项目编号' })
  catalogEntryCodes?: string[] | null;
}

@InputType('RecordProfessionalTitleInput', { description: 'A professional title obtained by a person — 职称取得登记' })
export class RecordProfessionalTitleInput {
  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field(() => ProfessionalTitleSeriesEnum, { description: 'Series — 职称系列' })
  series: keyof typeof ProfessionalTitleSeriesEnum;

  @Field(() => ProfessionalTitleLevelEnum, { description: 'Level — 职称层级' })
  level: keyof typeof ProfessionalTitleLevelEnum;

  @Field(() => String, { nullable: true, description: 'Wording of the title; required for OTHER, the series’ own name otherwise — 职称名称' })
  titleName?: string | null;

  @Field(() => ProfessionalTitleRouteEnum, { nullable: true, description: 'Evaluated or recognised; EVALUATION when not given — 取得方式' })
  route?: keyof typeof ProfessionalTitleRouteEnum | null;

  @Field(() => Int, { description: 'Year of the evaluation or recognition — 评审（认定）年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day obtained, not before the year — 取得日期' })
  obtainedOn: string;

  @Field(() => String, { nullable: true, description: 'Title certificate number — 职称证书编号' })
  certificateNumber?: string | null;

  @Field({ description: 'GB/T 2260 code of the conferring region — 评审（认定）地区代码' })
  regionCode: string;
}

@InputType('AwardTalentProgrammeInput', { description: 'A person selected by a local talent programme — 人才项目入选登记' })
export class AwardTalentProgrammeInput {
  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field({ description: 'Name of the programme, e.g. 齐鲁乡村之星 — 人才项目名称' })
  programme: string;

  @Field(() => TalentProgrammeLevelEnum, { description: 'Government running it; the region must be of that level — 项目层级' })
  programmeLevel: keyof typeof TalentProgrammeLevelEnum;

  @Field(() => Int, { description: 'Selection year — 入选年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day of the award — 入选日期' })
  awardedOn: string;

  @Field({ description: 'GB/T 2260 code of the awarding province, city or county — 授予地区代码' })
  regionCode: string;
}

@InputType('OpenRightsCaseInput', { description: 'A rights-protection case for a worker of a labour-brand building unit — 维权服务受理' })
export class OpenRightsCaseInput extends StrictInput {
  @Field({ description: 'Case number, unique: 3–32 letters, digits and dashes — 案件编号' })
  caseNumber: string;

  @Field({ description: 'Citizen ID of the worker, a registered person — 当事劳动者公民身份号码' })
  idNumber: string;

  @Field({ description: 'USCC of the labour-brand building unit the worker works for — 建设单位统一社会信用代码' })
  unitUscc: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the labour brand; required when the unit builds more than one — 劳务品牌标识' })
  brandId?: string | null;

  @Field(() => RightsCaseKindEnum, { description: 'What the case is about — 维权事项' })
  kind: keyof typeof RightsCaseKindEnum;

  @Field(() => DateScalar, { description: 'Day opened — 受理日期' })
  openedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day closed, with an outcome; absent while open — 办结日期' })
  closedOn?: string | null;

  @Field(() => RightsCaseOutcomeEnum, { nullable: true, description: 'Outcome, with the day closed; absent while open — 办结结果' })
  outcome?: keyof typeof RightsCaseOutcomeEnum | null;

  @Field({ description: 'GB/T 2260 code of the handling service centre’s area — 受理地区代码' })
  regionCode: string;
}

@InputType('CloseRightsCaseInput', { description: 'An open rights-protection case closed with its outcome — 维权办结' })
export class CloseRightsCaseInput {
  @Field({ description: 'Case number — 案件编号' })
  caseNumber: string;

  @Field(() => DateScalar, { description: 'Day closed, not before it was opened — 办结日期' })
  closedOn: string;

  @Field(() => RightsCaseOutcomeEnum, { description: 'How it ended — 办结结果' })
  outcome: keyof typeof RightsCaseOutcomeEnum;
}
