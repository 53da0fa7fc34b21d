import { DateTimeScalar } from '../../shared/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { HeritageCategoryEnum, IchLevelEnum } from '../heritage/heritage.enums';
import { TargetGroupEnum } from '../person/person.enums';
import { EnrollmentStatusEnum } from '../training/training.enums';
import { RegionTimeGroupKeys } from './group-keys.type';
import { MIN_CELL_DESCRIPTION, SUPPRESSED_DESCRIPTION, AS_OF_DESCRIPTION } from './suppression/suppressed-field';

export const EnrollmentDimensionEnum = graphqlEnum('EnrollmentDimension', 'What enrolment statistics can be grouped by — 学员统计分组维度', {
  CITY: 'City the cohort is held in — 培训班所在市',
  COUNTY: 'County the cohort is held in — 培训班所在县（市、区）',
  YEAR: 'Year of enrolment — 报名年份',
  QUARTER: 'Quarter of enrolment — 报名季度',
  MONTH: 'Month of enrolment — 报名月份',
  TARGET_GROUP: 'Target group the subsidy rests on — 重点群体',
  STATUS: 'State of the place — 学员状态',
  ICH_CATEGORY: 'Category of the ICH items the programme rests on, from culture; an enrolment counts once under each category (for a viewer without person:read, once, under its first item) — 依托非遗项目门类',
  ICH_LEVEL: 'Level of the ICH items the programme rests on, from culture; an enrolment counts once under each level (for a viewer without person:read, once, under its first item) — 依托非遗项目级别',
});

@ObjectType('EnrollmentGroupKeys', { description: 'What an enrolment group shares; null where not grouped by — 学员统计分组键' })
export class EnrollmentGroupKeys extends RegionTimeGroupKeys {
  @Field(() => TargetGroupEnum, { nullable: true, description: 'Target group, when grouped by TARGET_GROUP; null also for enrolments in none — 重点群体' })
  targetGroup: keyof typeof TargetGroupEnum | null;

  @Field(() => EnrollmentStatusEnum, { nullable: true, description: 'State of the place, when grouped by STATUS — 学员状态' })
  status: keyof typeof EnrollmentStatusEnum | null;

  @Field(() => HeritageCategoryEnum, { nullable: true, description: 'ICH category, when grouped by ICH_CATEGORY; null also where no item is known — 非遗门类' })
  ichCategory: keyof typeof HeritageCategoryEnum | null;

  @Field(() => IchLevelEnum, { nullable: true, description: 'ICH level, when grouped by ICH_LEVEL; null also where no item is known — 非遗级别' })
  ichLevel: keyof typeof IchLevelEnum | null;
}

@ObjectType('EnrollmentGroup', {
  description: 'Enrolment figures of one group; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 学员统计分组（小于最小单元数的不公布）',
})
export class EnrollmentGroup {
  @Field(() => EnrollmentGroupKeys, { description: 'What the group shares — 分组键' })
  keys: EnrollmentGroupKeys;

  @Field(() => Int, { nullable: true, description: 'Enrolments (person-times); null when suppressed — 培训人次' })
  enrollments: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which completed; null when suppressed — 结业人次' })
  completed: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which passed the assessment; null when suppressed — 考核合格人次' })
  passed: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which dropped out; null when suppressed — 退学人次' })
  dropped: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('EnrollmentStatistics', { description: 'Enrolments grouped in SQL by the dimensions asked for — 学员统计' })
export class EnrollmentStatistics {
  @Field(() => [EnrollmentDimensionEnum], { description: 'The dimensions grouped by, once each — 分组维度' })
  groupBy: Array<keyof typeof EnrollmentDimensionEnum>;

  @Field(() => [EnrollmentGroup], { description: 'One entry per combination of keys that has enrolments, in key order — 分组结果' })
  groups: EnrollmentGroup[];

  @Field(() => EnrollmentGroup, { description: 'Every enrolment the filter matches, each once — 合计' })
  total: EnrollmentGroup;

  @Field(() => Int, { nullable: true, description: MIN_CELL_DESCRIPTION })
  minCell: number | null;

  @Field(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  asOf: Date;
}
