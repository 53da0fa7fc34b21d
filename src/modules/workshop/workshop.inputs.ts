import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { WorkshopRecognitionLevelEnum, WorkshopStatusEnum } from './workshop.enums';

export const WorkshopOrderEnum = graphqlEnum('WorkshopOrder', 'Order of a workshop list — 非遗工坊排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 名称',
  JOBS_CREATED_DESC: 'Most jobs created first — 带动就业人数从多到少',
});

@InputType('WorkshopFilter', { description: 'Which workshops to list — 非遗工坊筛选' })
export class WorkshopFilter {
  @Field(() => String, { nullable: true, description: 'In this region or anywhere under it — 所在地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [WorkshopStatusEnum], { nullable: true, description: 'Only these statuses — 状态' })
  statuses?: Array<keyof typeof WorkshopStatusEnum> | null;

  @Field(() => [WorkshopRecognitionLevelEnum], {
    nullable: true,
    description: 'Only workshops recognised at any of these levels (in the recognised-year range, when one is given) — 认定级别',
  })
  recognitionLevels?: Array<keyof typeof WorkshopRecognitionLevelEnum> | null;

  @Field(() => Int, { nullable: true, description: 'Only workshops with a recognition in this year or later (at one of recognitionLevels, when given) — 认定年份起' })
  recognizedYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only workshops with a recognition in this year or earlier (at one of recognitionLevels, when given) — 认定年份止' })
  recognizedYearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Run by the business with this USCC — 经营主体统一社会信用代码' })
  operatorUscc?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only workshops run by a business; false: only production points with no operator — 是否有经营主体' })
  hasOperator?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Only workshops resting on the items these keys name (any listing key, any spelling) — 依托项目键' })
  itemKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => Int, { nullable: true, description: 'Created at least this many jobs — 带动就业人数不少于' })
  minJobs?: number | null;
}

@ArgsType()
export class WorkshopsArgs extends ConnectionArgs {
  @Field(() => WorkshopFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: WorkshopFilter | null;

  @Field(() => WorkshopOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof WorkshopOrderEnum;
}
