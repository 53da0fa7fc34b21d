import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { ContestClassEnum } from './talent.enums';

export const ContestOrderEnum = graphqlEnum('ContestOrder', 'Order of a contest list — 竞赛排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  HELD_ON: 'Day held, oldest first — 举办日期（由远及近）',
  HELD_ON_DESC: 'Day held, newest first — 举办日期（由近及远）',
  NAME: 'Name, by code point — 竞赛名称',
});

@InputType('ContestFilter', { description: 'Which contests to list — 竞赛筛选' })
export class ContestFilter {
  @Field(() => [ContestClassEnum], { nullable: true, description: 'Only these classes — 竞赛类别' })
  classes?: Array<keyof typeof ContestClassEnum> | null;

  @Field(() => [Int], { nullable: true, description: 'Only contests of these years — 竞赛年度' })
  years?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Organised in this region or anywhere under it — 举办地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only contests in these ICH items, by item key (any spelling of the number) — 非遗项目键' })
  itemKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on this day or later — 举办日期起' })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on this day or earlier — 举办日期止' })
  heldTo?: string | null;
}

@ArgsType()
export class ContestsArgs extends ConnectionArgs {
  @Field(() => ContestFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: ContestFilter | null;

  @Field(() => ContestOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof ContestOrderEnum;
}
