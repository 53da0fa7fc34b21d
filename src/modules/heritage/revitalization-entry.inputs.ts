import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { RevitalizationCatalogueLevelEnum, RevitalizationCategoryEnum } from './heritage.enums';

export const RevitalizationEntryOrderEnum = graphqlEnum('RevitalizationEntryOrder', 'Order of a revitalisation catalogue list — 传统工艺振兴目录排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 项目名称',
  YEAR: 'Year issued, earliest first — 公布年份',
});

@InputType('RevitalizationEntryFilter', { description: 'Which revitalisation catalogue entries to list — 传统工艺振兴目录筛选' })
export class RevitalizationEntryFilter {
  @Field(() => [RevitalizationCatalogueLevelEnum], { nullable: true, description: 'Only these catalogues — 目录级别' })
  catalogueLevels?: Array<keyof typeof RevitalizationCatalogueLevelEnum> | null;

  @Field(() => [RevitalizationCategoryEnum], { nullable: true, description: 'Only these category codes of the Shandong catalogue — 类别代码' })
  categoryCodes?: Array<keyof typeof RevitalizationCategoryEnum> | null;

  @Field(() => String, { nullable: true, description: 'Declared in this region or anywhere under it — 申报地区（含下级）' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Issued in this year or later — 公布年份起' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Issued in this year or earlier — 公布年份止' })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only entries matched to the items these keys name (any listing key, any spelling) — 项目键' })
  itemKeys?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only entries matched to an ICH item; false: only entries with none — 是否对应非遗项目' })
  hasHeritageItem?: boolean | null;
}

@ArgsType()
export class RevitalizationEntriesArgs extends ConnectionArgs {
  @Field(() => RevitalizationEntryFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: RevitalizationEntryFilter | null;

  @Field(() => RevitalizationEntryOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof RevitalizationEntryOrderEnum;
}
