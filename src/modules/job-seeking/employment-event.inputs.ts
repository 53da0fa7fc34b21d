import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { EmploymentEventKindEnum } from './job-seeking.enums';

export const EmploymentEventOrderEnum = graphqlEnum('EmploymentEventOrder', 'Order of a list of employment service events — 专项活动排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  HELD_ON: 'Earliest first — 举办日期（早到晚）',
  HELD_ON_DESC: 'Latest first — 举办日期（晚到早）',
  NAME: 'By name — 名称',
});

@InputType('EmploymentEventFilter', { description: 'Which public employment service events to list — 专项活动筛选' })
export class EmploymentEventFilter {
  @Field(() => String, { nullable: true, description: 'Held in this region or anywhere under it — 举办地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [EmploymentEventKindEnum], { nullable: true, description: 'Only these campaigns — 活动类型' })
  kinds?: Array<keyof typeof EmploymentEventKindEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on this day or later — 举办日期起' })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on this day or earlier — 举办日期止' })
  heldTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) a Shandong Handmade exhibition area — 是否设山东手造展示区' })
  handmadeArea?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 活动名称包含' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the organisation with this USCC exhibited — 参展单位统一社会信用代码' })
  exhibitorUscc?: string | null;
}

@ArgsType()
export class EmploymentEventsArgs extends ConnectionArgs {
  @Field(() => EmploymentEventFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: EmploymentEventFilter | null;

  @Field(() => EmploymentEventOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof EmploymentEventOrderEnum;
}
