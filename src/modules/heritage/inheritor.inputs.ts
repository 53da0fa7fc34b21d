import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { IchLevelEnum } from './heritage.enums';

export const InheritorOrderEnum = graphqlEnum('InheritorOrder', 'Order of an inheritor list — 传承人排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 姓名',
  YEAR: 'Year recognised, earliest first — 认定年份',
});

@InputType('InheritorFilter', { description: 'Which inheritors to list — 传承人筛选' })
export class InheritorFilter {
  @Field(() => [IchLevelEnum], { nullable: true, description: 'Only these levels — 级别' })
  levels?: Array<keyof typeof IchLevelEnum> | null;

  @Field(() => [String], { nullable: true, description: 'Only inheritors of the items these keys name (any listing key, any spelling) — 项目键' })
  itemKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Living in this region or anywhere under it — 所在地区（含下级）' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Recognised in this year or later — 认定年份起' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Recognised in this year or earlier — 认定年份止' })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 姓名包含' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this person, by citizen ID number (15 or 18 digits, normalised) — 公民身份号码' })
  citizenId?: string | null;
}

@ArgsType()
export class InheritorsArgs extends ConnectionArgs {
  @Field(() => InheritorFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: InheritorFilter | null;

  @Field(() => InheritorOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof InheritorOrderEnum;
}
