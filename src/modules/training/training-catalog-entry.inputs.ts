import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { TrainingCatalogStatusEnum } from './training.enums';

export const TrainingCatalogEntryOrderEnum = graphqlEnum('TrainingCatalogEntryOrder', 'Order of a training catalogue list — 培训项目目录排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  CODE: 'Catalogue code — 项目编码',
  TITLE: 'Title, by code point — 项目名称',
});

@InputType('TrainingCatalogFilter', { description: 'Which training catalogue programmes to list — 培训项目目录筛选' })
export class TrainingCatalogFilter {
  @Field(() => [TrainingCatalogStatusEnum], { nullable: true, description: 'Only these publication states — 状态' })
  statuses?: Array<keyof typeof TrainingCatalogStatusEnum> | null;

  @Field(() => String, { nullable: true, description: 'Published in this region or anywhere under it — 发布地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only programmes built on any of these ICH item keys (any spelling of the number) — 关联非遗项目键' })
  itemKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only this occupation code — 职业（工种）代码' })
  occupationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text — 名称包含' })
  titleContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on this day or later — 发布日期起' })
  publishedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Published on this day or earlier — 发布日期止' })
  publishedTo?: string | null;
}

@ArgsType()
export class TrainingCatalogArgs extends ConnectionArgs {
  @Field(() => TrainingCatalogFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: TrainingCatalogFilter | null;

  @Field(() => TrainingCatalogEntryOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof TrainingCatalogEntryOrderEnum;
}
