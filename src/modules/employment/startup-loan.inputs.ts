import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { BorrowerKindEnum } from './employment.enums';

export const StartupLoanOrderEnum = graphqlEnum('StartupLoanOrder', 'Order of a start-up loan list — 创业担保贷款排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  GRANTED_ON: 'Most recently granted first — 放款日期（新到旧）',
  AMOUNT: 'Largest amount first — 贷款金额（大到小）',
});

@InputType('StartupLoanFilter', { description: 'Which start-up loans to list — 创业担保贷款筛选' })
export class StartupLoanFilter {
  @Field(() => String, { nullable: true, description: 'Granted in this region or anywhere under it — 地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [BorrowerKindEnum], { nullable: true, description: 'Only loans to these kinds of borrower — 借款人类型' })
  borrowerKinds?: Array<keyof typeof BorrowerKindEnum> | null;

  @Field(() => String, { nullable: true, description: 'Lent to the organisation with this unified social credit code — 借款单位统一社会信用代码' })
  borrowerUscc?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Granted on this day or later — 放款日期起' })
  grantedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Granted on this day or earlier — 放款日期止' })
  grantedTo?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'At least this amount, yuan — 金额下限（元）' })
  amountMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'At most this amount, yuan — 金额上限（元）' })
  amountMax?: string | null;
}

@ArgsType()
export class StartupLoansArgs extends ConnectionArgs {
  @Field(() => StartupLoanFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: StartupLoanFilter | null;

  @Field(() => StartupLoanOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof StartupLoanOrderEnum;
}
