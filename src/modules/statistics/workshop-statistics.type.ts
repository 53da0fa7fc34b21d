import { AS_OF_DESCRIPTION } from './suppression/suppressed-field';
import { DateTimeScalar } from '../../shared/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { HeritageCategoryEnum, IchLevelEnum } from '../heritage/heritage.enums';
import { WorkshopRecognitionLevelEnum, WorkshopStatusEnum } from '../workshop/workshop.enums';
import { RegionGroupKeys } from './group-keys.type';

export const WorkshopDimensionEnum = graphqlEnum('WorkshopDimension', 'What workshop statistics can be grouped by — 非遗工坊统计分组维度', {
  CITY: 'City of the workshop — 所在市',
  COUNTY: 'County of the workshop — 所在县（市、区）',
  STATUS: 'Standing of the workshop — 状态',
  HIGHEST_RECOGNITION_LEVEL: 'Highest level the workshop is recognised at — 最高认定级别',
  FIRST_RECOGNITION_YEAR: 'Year of the workshop’s first recognition — 首次认定年份',
  ICH_CATEGORY: 'Category of the ICH items the workshop works with; a workshop counts once under each category — 依托非遗项目门类',
  ICH_LEVEL: 'Level of the ICH items the workshop works with; a workshop counts once under each level — 依托非遗项目级别',
});

@ObjectType('WorkshopGroupKeys', { description: 'What a workshop group shares; null where not grouped by — 非遗工坊统计分组键' })
export class WorkshopGroupKeys extends RegionGroupKeys {
  @Field(() => WorkshopStatusEnum, { nullable: true, description: 'Standing, when grouped by STATUS — 状态' })
  status: keyof typeof WorkshopStatusEnum | null;

  @Field(() => WorkshopRecognitionLevelEnum, { nullable: true, description: 'Highest recognition level, when grouped by it; null also for a workshop with no recognition — 最高认定级别' })
  highestRecognitionLevel: keyof typeof WorkshopRecognitionLevelEnum | null;

  @Field(() => Int, { nullable: true, description: 'Year of first recognition, when grouped by it — 首次认定年份' })
  firstRecognitionYear: number | null;

  @Field(() => HeritageCategoryEnum, { nullable: true, description: 'ICH category, when grouped by ICH_CATEGORY; null also for a workshop with no item — 非遗门类' })
  ichCategory: keyof typeof HeritageCategoryEnum | null;

  @Field(() => IchLevelEnum, { nullable: true, description: 'ICH level, when grouped by ICH_LEVEL; null also for a workshop with no item — 非遗级别' })
  ichLevel: keyof typeof IchLevelEnum | null;
}

@ObjectType('WorkshopGroup', { description: 'Workshop figures of one group — 非遗工坊统计分组' })
export class WorkshopGroup {
  @Field(() => WorkshopGroupKeys, { description: 'What the group shares — 分组键' })
  keys: WorkshopGroupKeys;

  @Field(() => Int, { description: 'Workshops — 工坊数' })
  workshops: number;

  @Field(() => Int, { description: 'Jobs they create — 带动就业人数' })
  jobsCreated: number;
}

@ObjectType('WorkshopStatistics', { description: 'ICH workshops grouped in SQL by the dimensions asked for — 非遗工坊统计' })
export class WorkshopStatistics {
  @Field(() => [WorkshopDimensionEnum], { description: 'The dimensions grouped by, once each — 分组维度' })
  groupBy: Array<keyof typeof WorkshopDimensionEnum>;

  @Field(() => [WorkshopGroup], { description: 'One entry per combination of keys that has workshops, in key order — 分组结果' })
  groups: WorkshopGroup[];

  @Field(() => WorkshopGroup, { description: 'Every workshop the filter matches, each once — 合计' })
  total: WorkshopGroup;

  @Field(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  asOf: Date;
}
