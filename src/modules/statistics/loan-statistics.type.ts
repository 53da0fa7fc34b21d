import { DateTimeScalar } from '../../shared/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DecimalScalar } from '../../shared/graphql/scalars';
import { BorrowerKindEnum } from '../employment/employment.enums';
import { RegionTimeGroupKeys } from './group-keys.type';
import { MIN_CELL_DESCRIPTION, SUPPRESSED_DESCRIPTION, AS_OF_DESCRIPTION } from './suppression/suppressed-field';

export const LoanDimensionEnum = graphqlEnum('LoanDimension', 'What start-up loan statistics can be grouped by — 创业担保贷款统计分组维度', {
  CITY: 'City the loan was granted in — 发放地所在市',
  COUNTY: 'County the loan was granted in — 发放地所在县（市、区）',
  YEAR: 'Year granted — 发放年份',
  QUARTER: 'Quarter granted — 发放季度',
  MONTH: 'Month granted — 发放月份',
  BORROWER_KIND: 'A person or an organisation — 借款人类型',
  TERM_MONTHS: 'Term in months — 贷款期限（月）',
});

@ObjectType('LoanGroupKeys', { description: 'What a start-up loan group shares; null where not grouped by — 创业担保贷款统计分组键' })
export class LoanGroupKeys extends RegionTimeGroupKeys {
  @Field(() => BorrowerKindEnum, { nullable: true, description: 'Borrower kind, when grouped by BORROWER_KIND — 借款人类型' })
  borrowerKind: keyof typeof BorrowerKindEnum | null;

  @Field(() => Int, { nullable: true, description: 'Term in months, when grouped by TERM_MONTHS — 贷款期限（月）' })
  termMonths: number | null;
}

@ObjectType('LoanGroup', {
  description: 'Start-up loan figures of one group; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 创业担保贷款统计分组（小于最小单元数的不公布）',
})
export class LoanGroup {
  @Field(() => LoanGroupKeys, { description: 'What the group shares — 分组键' })
  keys: LoanGroupKeys;

  @Field(() => Int, { nullable: true, description: 'Loans granted; null when suppressed — 发放笔数' })
  loans: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Yuan lent, summed exactly; null when suppressed — 发放金额（元）' })
  amount: string | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('LoanStatistics', { description: 'Guaranteed start-up loans grouped in SQL by the dimensions asked for — 创业担保贷款统计' })
export class LoanStatistics {
  @Field(() => [LoanDimensionEnum], { description: 'The dimensions grouped by, once each — 分组维度' })
  groupBy: Array<keyof typeof LoanDimensionEnum>;

  @Field(() => [LoanGroup], { description: 'One entry per combination of keys that has loans, in key order — 分组结果' })
  groups: LoanGroup[];

  @Field(() => LoanGroup, { description: 'Every loan the filter matches — 合计' })
  total: LoanGroup;

  @Field(() => Int, { nullable: true, description: MIN_CELL_DESCRIPTION })
  minCell: number | null;

  @Field(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  asOf: Date;
}
