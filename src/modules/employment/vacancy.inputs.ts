import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { HeritageCategoryEnum } from '../heritage/heritage.enums';
import { VacancyStatusEnum } from './employment.enums';

export const VacancyOrderEnum = graphqlEnum('VacancyOrder', 'Order of a vacancy list — 招聘岗位排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  POSTED_ON: 'Most recently posted first — 发布日期（新到旧）',
  PAY_MAX: 'Highest top monthly pay first — 月薪上限（高到低）',
  HEADCOUNT: 'Most people wanted first — 招聘人数（多到少）',
});

@InputType('VacancyFilter', { description: 'Which vacancies to list — 招聘岗位筛选' })
export class VacancyFilter {
  @Field(() => String, { nullable: true, description: 'Place of work in this region or anywhere under it — 工作地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [VacancyStatusEnum], { nullable: true, description: 'Only these statuses — 岗位状态' })
  statuses?: Array<keyof typeof VacancyStatusEnum> | null;

  @Field(() => String, { nullable: true, description: 'Posted by the employer with this unified social credit code — 用人单位统一社会信用代码' })
  employerUscc?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only jobs in these ICH items (any spelling of the key) — 非遗项目键' })
  itemKeys?: string[] | null;

  @Field(() => [HeritageCategoryEnum], { nullable: true, description: 'Only jobs in items of these ICH categories — 非遗门类' })
  ichCategories?: Array<keyof typeof HeritageCategoryEnum> | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text — 岗位名称包含' })
  titleContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Craft contains this text — 技艺包含' })
  craftContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Posted on this day or later — 发布日期起' })
  postedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Posted on this day or earlier — 发布日期止' })
  postedTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Wanting at least this many people — 最少招聘人数' })
  minHeadcount?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Open on this day: posted by then and not closed before it — 在该日有效' })
  openOn?: string | null;
}

@ArgsType()
export class VacanciesArgs extends ConnectionArgs {
  @Field(() => VacancyFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: VacancyFilter | null;

  @Field(() => VacancyOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof VacancyOrderEnum;
}
