import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { HeritageCategoryEnum, IchLevelEnum } from './heritage.enums';

export const HeritageItemOrderEnum = graphqlEnum('HeritageItemOrder', 'Order of a heritage item list — 非遗项目排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 名称',
  ITEM_KEY: 'Item key — 项目键',
});

@InputType('HeritageItemFilter', { description: 'Which heritage items to list — 非遗项目筛选' })
export class HeritageItemFilter {
  @Field(() => [IchLevelEnum], { nullable: true, description: 'Only these levels — 级别' })
  levels?: Array<keyof typeof IchLevelEnum> | null;

  @Field(() => [HeritageCategoryEnum], { nullable: true, description: 'Only these categories — 门类' })
  categories?: Array<keyof typeof HeritageCategoryEnum> | null;

  @Field(() => String, { nullable: true, description: 'Declared in this region or anywhere under it — 申报地区（含下级）' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these item keys (any spelling of the number) — 项目键' })
  itemKeys?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Listed in this year or later — 入选年份起' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Listed in this year or earlier — 入选年份止' })
  yearTo?: number | null;
}

@ArgsType()
export class HeritageItemsArgs extends ConnectionArgs {
  @Field(() => HeritageItemFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: HeritageItemFilter | null;

  @Field(() => HeritageItemOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof HeritageItemOrderEnum;
}
