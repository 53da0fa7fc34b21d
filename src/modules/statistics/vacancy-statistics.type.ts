import { AS_OF_DESCRIPTION } from './suppression/suppressed-field';
import { DateTimeScalar } from '../../shared/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { VacancyStatusEnum } from '../employment/employment.enums';
import { HeritageCategoryEnum, IchLevelEnum } from '../heritage/heritage.enums';
import { RegionTimeGroupKeys } from './group-keys.type';

export const VacancyDimensionEnum = graphqlEnum('VacancyDimension', 'What vacancy statistics can be grouped by — 招聘岗位统计分组维度', {
  CITY: 'City of the place of work — 工作地所在市',
  COUNTY: 'County of the place of work — 工作地所在县（市、区）',
  YEAR: 'Year posted — 发布年份',
  QUARTER: 'Quarter posted — 发布季度',
  MONTH: 'Month posted — 发布月份',
  STATUS: 'Open or closed — 岗位状态',
  ICH_CATEGORY: 'Category of the ICH item the job is in, from culture — 非遗项目门类',
  ICH_LEVEL: 'Level of the ICH item the job is in, from culture — 非遗项目级别',
});

@ObjectType('VacancyGroupKeys', { description: 'What a vacancy group shares; null where not grouped by — 招聘岗位统计分组键' })
export class VacancyGroupKeys extends RegionTimeGroupKeys {
  @Field(() => VacancyStatusEnum, { nullable: true, description: 'Status, when grouped by STATUS — 岗位状态' })
  status: keyof typeof VacancyStatusEnum | null;

  @Field(() => HeritageCategoryEnum, { nullable: true, description: 'ICH category, when grouped by ICH_CATEGORY; null also for jobs in no known item — 非遗门类' })
  ichCategory: keyof typeof HeritageCategoryEnum | null;

  @Field(() => IchLevelEnum, { nullable: true, description: 'ICH level, when grouped by ICH_LEVEL; null also for jobs in no known item — 非遗级别' })
  ichLevel: keyof typeof IchLevelEnum | null;
}

@ObjectType('VacancyGroup', { description: 'Vacancy figures of one group — 招聘岗位统计分组' })
export class VacancyGroup {
  @Field(() => VacancyGroupKeys, { description: 'What the group shares — 分组键' })
  keys: VacancyGroupKeys;

  @Field(() => Int, { description: 'Vacancies posted — 岗位数' })
  vacancies: number;

  @Field(() => Int, { description: 'People wanted — 招聘人数' })
  headcount: number;
}

@ObjectType('VacancyStatistics', { description: 'Vacancies grouped in SQL by the dimensions asked for — 招聘岗位统计' })
export class VacancyStatistics {
  @Field(() => [VacancyDimensionEnum], { description: 'The dimensions grouped by, once each — 分组维度' })
  groupBy: Array<keyof typeof VacancyDimensionEnum>;

  @Field(() => [VacancyGroup], { description: 'One entry per combination of keys that has vacancies, in key order — 分组结果' })
  groups: VacancyGroup[];

  @Field(() => VacancyGroup, { description: 'Every vacancy the filter matches — 合计' })
  total: VacancyGroup;

  @Field(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  asOf: Date;
}
