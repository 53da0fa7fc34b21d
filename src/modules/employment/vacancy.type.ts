import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { HeritageCategoryEnum } from '../heritage/heritage.enums';
import { VacancyStatusEnum } from './employment.enums';

@ObjectType('Vacancy', { implements: Node, description: 'Job vacancy posted by an employer — 招聘岗位' })
export class Vacancy implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Unified social credit code of the employer (GB 32100) — 用人单位统一社会信用代码' })
  employerUscc: string;

  @Field({ description: 'Job title — 岗位名称' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The craft the job practises — 技艺' })
  craft: string | null;

  @Field(() => String, { nullable: true, description: 'Cross-agency ICH item key of the craft, when it is a listed item — 非遗项目键' })
  itemKey: string | null;

  @Field(() => HeritageCategoryEnum, { nullable: true, description: 'ICH category of the item, as culture records it, copied when posted; job matching compares it — 非遗门类' })
  ichCategory: keyof typeof HeritageCategoryEnum | null;

  @Field(() => Int, { description: 'Number of people wanted — 招聘人数' })
  headcount: number;

  @Field(() => DecimalScalar, { description: 'Lowest monthly pay offered, yuan — 月薪下限（元）' })
  payMin: string;

  @Field(() => DecimalScalar, { description: 'Highest monthly pay offered, yuan — 月薪上限（元）' })
  payMax: string;

  @Field({ description: 'GB/T 2260 code of the place of work — 工作地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Day the vacancy was posted — 发布日期' })
  postedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day applications are taken; null when open-ended — 截止日期' })
  closesOn: string | null;

  @Field(() => VacancyStatusEnum, { description: 'Status as recorded by the employment service — 岗位状态' })
  status: keyof typeof VacancyStatusEnum;
}
