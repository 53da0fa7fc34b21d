import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { EmploymentEventKindEnum, EmploymentServiceKindEnum, EmploymentServiceOutcomeEnum, JobSeekerStatusEnum } from '../job-seeking/job-seeking.enums';
import { SkillLevelEnum } from '../talent/talent.enums';
import { StrictInput } from './strict.input';

@InputType('JobSeekerSkillInput', { description: 'A craft or skill a job seeker offers — 掌握的技艺技能' })
export class JobSeekerSkillInput {
  @Field(() => String, { nullable: true, description: 'ICH item key of the craft (any listing\'s key; stored as the item\'s own) — 非遗项目键' })
  itemKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Occupation code such as 6-09-03-01; an itemKey or an occupationCode is required — 职业代码' })
  occupationCode?: string | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: 'Highest skill level certified in it — 持证等级' })
  certificateLevel?: keyof typeof SkillLevelEnum | null;
}

@InputType('RegisterJobSeekerInput', { description: 'A job-seeker registration with a public employment service centre — 求职登记' })
export class RegisterJobSeekerInput {
  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field(() => DateScalar, { description: 'Day registered, not after today — 登记日期' })
  registeredOn: string;

  @Field({ description: 'The registering centre — 登记机构' })
  centerName: string;

  @Field({ description: 'GB/T 2260 code of the centre\'s area, in the caller\'s region — 登记地区代码' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'Intended occupation code — 求职意向职业代码' })
  occupationCode?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Lowest monthly pay wished for, yuan — 意向薪酬（元）' })
  wishedPayMin?: string | null;

  @Field(() => DateScalar, { description: 'First day the person can start — 可到岗日期' })
  availableFrom: string;

  @Field(() => JobSeekerStatusEnum, { nullable: true, description: 'State, default ACTIVE; a person has one ACTIVE registration at a time — 登记状态' })
  status?: keyof typeof JobSeekerStatusEnum | null;

  @Field(() => [JobSeekerSkillInput], { description: 'Crafts and skills offered, 1 to 10 — 掌握的技艺技能' })
  skills: JobSeekerSkillInput[];

  @Field(() => [String], { description: 'GB/T 2260 codes of the places the person wishes to work (county, city or 370000), 1 to 10 — 意向工作地' })
  wishedRegionCodes: string[];
}

@InputType('RecordEmploymentServiceInput', { description: 'An introduction, guidance or policy consultation given to a person — 就业服务登记' })
export class RecordEmploymentServiceInput {
  @Field({ description: 'Citizen ID of a registered person — 公民身份号码' })
  idNumber: string;

  @Field(() => EmploymentServiceKindEnum, { description: 'Kind of service — 服务类型' })
  kind: keyof typeof EmploymentServiceKindEnum;

  @Field({ description: 'The centre that gave it — 服务机构' })
  centerName: string;

  @Field({ description: 'GB/T 2260 code of the centre\'s area, in the caller\'s region — 服务地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Day given, not after today — 服务日期' })
  servedOn: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the vacancy; required for an INTRODUCTION, refused for the others — 推荐岗位' })
  vacancyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the event it was given at; servedOn must fall on its days — 专项活动' })
  eventId?: string | null;

  @Field(() => EmploymentServiceOutcomeEnum, { nullable: true, description: 'Outcome: default REFERRED for an introduction, NONE otherwise — 服务结果' })
  outcome?: keyof typeof EmploymentServiceOutcomeEnum | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day hired, required with HIRED and only with it — 录用日期' })
  hiredOn?: string | null;
}

@InputType('RecordReferralOutcomeInput', { description: 'How a pending referral ended — 推荐结果登记' })
export class RecordReferralOutcomeInput {
  @Field(() => ID, { description: 'Global id of an introduction still REFERRED — 职业介绍记录' })
  serviceId: string;

  @Field(() => EmploymentServiceOutcomeEnum, { description: 'HIRED or NOT_HIRED — 推荐结果' })
  outcome: keyof typeof EmploymentServiceOutcomeEnum;

  @Field(() => DateScalar, { nullable: true, description: 'Day hired, required with HIRED — 录用日期' })
  hiredOn?: string | null;
}

@InputType('EventExhibitorInput', { description: 'An organisation exhibiting at an event — 参展单位' })
export class EventExhibitorInput extends StrictInput {
  @Field({ description: 'USCC of the organisation — 统一社会信用代码' })
  uscc: string;

  @Field(() => Boolean, { nullable: true, description: 'Exhibited in the Shandong Handmade exhibition area (default false) — 在山东手造展示区参展' })
  inHandmadeArea?: boolean | null;
}

@InputType('RecordEmploymentEventInput', { description: 'A public employment service event — 公共就业服务专项活动登记' })
export class RecordEmploymentEventInput {
  @Field({ description: 'Name — 活动名称' })
  name: string;

  @Field(() => EmploymentEventKindEnum, { description: 'Campaign — 活动类型' })
  kind: keyof typeof EmploymentEventKindEnum;

  @Field({ description: 'GB/T 2260 code of where it was held, in the caller\'s region — 举办地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'First day, not after today — 举办日期' })
  heldOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, not before heldOn — 结束日期' })
  endsOn?: string | null;

  @Field({ description: 'Organiser — 主办单位' })
  organiser: string;

  @Field(() => Boolean, { nullable: true, description: 'Had a Shandong Handmade exhibition area (default false) — 设山东手造展示区' })
  handmadeArea?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The Shandong Handmade operating company that ran the area — 山东手造运营公司' })
  handmadeAreaOperator?: string | null;

  @Field(() => [EventExhibitorInput], { nullable: true, description: 'Organisations exhibiting, each once — 参展单位' })
  exhibitors?: EventExhibitorInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Global ids of vacancies posted at the event, posted by its last day — 活动发布岗位' })
  vacancyIds?: string[] | null;
}
