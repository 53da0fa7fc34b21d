import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';

export const LaborBrandOrderEnum = graphqlEnum('LaborBrandOrder', 'Order of a labour brand list — 劳务品牌排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 名称',
  ESTABLISHED_YEAR: 'Most recently established first — 创建年份（新到旧）',
});

@InputType('LaborBrandFilter', { description: 'Which labour brands to list — 劳务品牌筛选' })
export class LaborBrandFilter {
  @Field(() => String, { nullable: true, description: 'Owned by this region or anywhere under it — 所属地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only brands built on these ICH items (any spelling of the key) — 非遗项目键' })
  itemKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Craft contains this text — 技艺包含' })
  craftContains?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Only brands established in these years — 创建年份' })
  establishedYears?: number[] | null;
}

@ArgsType()
export class LaborBrandsArgs extends ConnectionArgs {
  @Field(() => LaborBrandFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: LaborBrandFilter | null;

  @Field(() => LaborBrandOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof LaborBrandOrderEnum;
}
