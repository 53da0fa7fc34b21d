import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { ConnectionType } from '../../shared/relay/connection';
import { HeritageCategoryEnum } from '../heritage/heritage.enums';
import { SkillLevelEnum } from '../talent/talent.enums';
import { JobSeekerStatusEnum } from './job-seeking.enums';
import { MATCH_FORMULA } from './matching';

@Authorized(Permission.PERSON_READ)
@ObjectType('JobSeeker', { implements: Node, description: 'A job-seeker registration with a public employment service centre — 求职登记' })
export class JobSeeker implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => DateScalar, { description: 'Day registered — 登记日期' })
  registeredOn: string;

  @Field({ description: 'The public employment service centre that registered the person — 登记的公共就业服务机构' })
  centerName: string;

  @Field({ description: 'GB/T 2260 code of the centre\'s area — 登记地区代码' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'Intended occupation, 职业分类大典 code such as 6-09-03-01 — 求职意向职业代码' })
  occupationCode: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Lowest monthly pay wished for, yuan — 意向薪酬（月薪下限，元）' })
  wishedPayMin: string | null;

  @Field(() => DateScalar, { description: 'First day the person can start work — 可到岗日期' })
  availableFrom: string;

  @Field(() => JobSeekerStatusEnum, { description: 'State of the registration — 登记状态' })
  status: keyof typeof JobSeekerStatusEnum;
}

@ObjectType('JobSeekerSkill', { description: 'A craft or skill a job seeker offers — 求职者掌握的技艺技能' })
export class JobSeekerSkill {
  @Field(() => String, { nullable: true, description: 'ICH item key of the craft (the item\'s own key) — 非遗项目键' })
  itemKey: string | null;

  @Field(() => HeritageCategoryEnum, { nullable: true, description: 'ICH category of the item, as culture records it — 非遗门类' })
  ichCategory: keyof typeof HeritageCategoryEnum | null;

  @Field(() => String, { nullable: true, description: 'Occupation code (职业分类大典) of the skill — 职业代码' })
  occupationCode: string | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: 'Highest skill level certified in it, if any — 持有的最高技能等级' })
  certificateLevel: keyof typeof SkillLevelEnum | null;
}

@ObjectType('MatchScore', { description: `How well a job seeker and a vacancy match; stable and documented: ${MATCH_FORMULA}` })
export class MatchScore {
  @Field(() => Int, { description: 'Sum of the four components, 0–96 — 总分' })
  total: number;

  @Field(() => Int, { description: 'Craft: 40 same ICH item, 20 same ICH category — 技艺匹配分' })
  craft: number;

  @Field(() => Int, { description: 'Certificate: 2 per grade of the best level held in a matching craft, 0–16 — 技能等级分' })
  certificate: number;

  @Field(() => Int, { description: 'Region: 30 same county, 20 same city, 10 same province, best wished region — 地域分' })
  region: number;

  @Field(() => Int, { description: 'Availability: 10 by the posting day, 5 by the closing day — 到岗时间分' })
  availability: number;
}

@ObjectType('JobSeekerConnection', { description: 'A page of job-seeker registrations (Relay connection) — 求职登记列表' })
export class JobSeekerConnection extends ConnectionType(JobSeeker, 'JobSeeker', '求职登记') {}
