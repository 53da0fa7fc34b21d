import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { PeriodKindEnum } from './period.inputs';

@ObjectType('ReportPeriod', { description: 'The calendar period a report covers, with its first and last day — 统计期间' })
export class ReportPeriod {
  @Field(() => PeriodKindEnum, { description: 'Month, quarter or year — 周期类型' })
  kind: keyof typeof PeriodKindEnum;

  @Field(() => Int, { description: 'Calendar year — 年份' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Month or quarter number; null for a year — 月份或季度序号' })
  number: number | null;

  @Field(() => DateScalar, { description: 'First day of the period — 起始日期' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day of the period, included — 截止日期（含）' })
  to: string;

  @Field({ description: 'Period as printed on a report, e.g. 2024年第3季度 — 期间名称' })
  label: string;
}
