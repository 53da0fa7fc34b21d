import { Field, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { TargetGroupEnum } from '../person/person.enums';
import { StrictInput } from './strict.input';

@InputType('FileTrainingCatalogEntryInput', { description: 'A programme filed for the Shandong Handmade training catalogue, as a draft — 培训项目目录备案' })
export class FileTrainingCatalogEntryInput {
  @Field({ description: 'Catalogue code, unique: letters, digits and dashes — 项目编码' })
  code: string;

  @Field({ description: 'Title — 项目名称' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Occupation code (6-09-03-01); this or abilitySpec is required — 职业编码' })
  occupationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Specialised ability trained for; this or occupationCode is required — 专项职业能力' })
  abilitySpec?: string | null;

  @Field(() => Int, { description: 'Class hours — 课时' })
  classHours: number;

  @Field(() => DecimalScalar, { description: 'Subsidy per class hour in yuan — 每课时补贴标准（元）' })
  subsidyPerHour: string;

  @Field({ description: 'GB/T 2260 code of the filing region — 备案地区代码' })
  regionCode: string;

  @Field(() => [String], { description: 'ICH item keys the programme teaches; an extension listing\'s key is stored as its item\'s key — 关联非遗项目键' })
  itemKeys: string[];
}

@InputType('PublishTrainingCatalogEntryInput', { description: 'Publication of a filed catalogue entry — 培训项目目录发布' })
export class PublishTrainingCatalogEntryInput {
  @Field({ description: 'Catalogue code of a DRAFT entry — 项目编码' })
  code: string;

  @Field(() => DateScalar, { description: 'Day of publication — 发布日期' })
  publishedOn: string;
}

@InputType('RecordTrainingCohortInput', { description: 'A class of a published programme run by a filed provider — 开班备案' })
export class RecordTrainingCohortInput extends StrictInput {
  @Field({ description: 'Cohort code, unique — 培训班编号' })
  code: string;

  @Field({ description: 'Code of the PUBLISHED catalogue entry — 培训项目编码' })
  catalogEntryCode: string;

  @Field({ description: 'USCC of the filed training provider — 培训机构统一社会信用代码' })
  providerUscc: string;

  @Field({ description: 'GB/T 2260 code of the region where the class is held — 开班地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'First day — 开班日期' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day, not before the first — 结业日期' })
  endsOn: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Bought whole as a project rather than subsidised per trainee — 项目制整建制购买' })
  projectBased?: boolean | null;

  @Field(() => Int, { description: 'Planned number of places — 计划人数' })
  plannedSize: number;
}

@InputType('EnrollTraineeInput', { description: 'A registered person takes a place in a cohort — 学员报名' })
export class EnrollTraineeInput {
  @Field({ description: 'Code of the cohort — 培训班编号' })
  cohortCode: string;

  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field(() => DateScalar, { description: 'Day of enrolment, not after the cohort ends — 报名日期' })
  enrolledOn: string;

  @Field(() => TargetGroupEnum, { nullable: true, description: 'Target group the subsidy rests on; the person must belong to it that day — 补贴所依重点群体' })
  targetGroup?: keyof typeof TargetGroupEnum | null;
}

@InputType('RecordCompletionInput', { description: 'A trainee finishes the class, with the assessment result — 结业登记' })
export class RecordCompletionInput {
  @Field({ description: 'Code of the cohort — 培训班编号' })
  cohortCode: string;

  @Field({ description: 'Citizen ID of the trainee — 公民身份号码' })
  idNumber: string;

  @Field(() => DateScalar, { description: 'Day of completion, not before enrolment — 结业日期' })
  completedOn: string;

  @Field({ description: 'Whether the trainee passed the assessment — 考核是否合格' })
  passed: boolean;
}

@InputType('FileSubsidyClaimInput', { description: 'A training subsidy claimed for a completed, passed enrolment — 培训补贴申领' })
export class FileSubsidyClaimInput {
  @Field({ description: 'Code of the cohort — 培训班编号' })
  cohortCode: string;

  @Field({ description: 'Citizen ID of the trainee — 公民身份号码' })
  idNumber: string;

  @Field(() => DecimalScalar, { description: 'Amount in yuan, at most class hours × subsidy per hour — 申领金额（元）' })
  amount: string;

  @Field(() => DateScalar, { description: 'Day of the claim, not before completion — 申领日期' })
  claimedOn: string;
}
