import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { TrainingMaterialKindEnum } from './material.enums';

export const TrainingMaterialOrderEnum = graphqlEnum('TrainingMaterialOrder', 'Order of a training material list — 教材课程排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  CODE: 'Filing number — 编号',
  TITLE: 'Title — 名称',
  YEAR_DESC: 'Year, newest first — 年度（由近及远）',
});

@InputType('TrainingMaterialFilter', { description: 'Which training materials to list — 教材课程筛选' })
export class TrainingMaterialFilter {
  @Field(() => [TrainingMaterialKindEnum], { nullable: true, description: 'Only these kinds — 类别' })
  kinds?: Array<keyof typeof TrainingMaterialKindEnum> | null;

  @Field(() => [Int], { nullable: true, description: 'Only materials of these years — 年度' })
  years?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Filed in this region or anywhere under it — 备案地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Teaching any of these ICH items, by any listing’s key (an extension listing’s key names its item) — 关联非遗项目键' })
  itemKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Title contains — 名称包含' })
  titleContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or developer contains — 出版（开发）单位包含' })
  publisherContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Released on this day or later — 发布日期起' })
  releasedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Released on this day or earlier — 发布日期止' })
  releasedTo?: string | null;
}

@ArgsType()
export class TrainingMaterialsArgs extends ConnectionArgs {
  @Field(() => TrainingMaterialFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: TrainingMaterialFilter | null;

  @Field(() => TrainingMaterialOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof TrainingMaterialOrderEnum;
}
