import { Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';

export const PeriodKindEnum = graphqlEnum('PeriodKind', 'Length of a reporting period — 统计周期', {
  MONTH: 'A calendar month; number is the month, 1–12 — 月度',
  QUARTER: 'A calendar quarter; number is the quarter, 1–4 — 季度',
  YEAR: 'A calendar year; number is left out — 年度',
});

@InputType('PeriodInput', { description: 'A calendar reporting period over business dates, in China Standard Time — 统计期间' })
export class PeriodInput {
  @Field(() => PeriodKindEnum, { description: 'Month, quarter or year — 周期类型' })
  kind: keyof typeof PeriodKindEnum;

  @Field(() => Int, { description: 'Calendar year, e.g. 2024 — 年份' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Month (1–12) or quarter (1–4) within the year; left out for a year — 月份或季度序号' })
  number?: number | null;
}
