import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { BorrowerKindEnum } from './employment.enums';

@ObjectType('StartupLoan', { implements: Node, description: 'Guaranteed start-up loan to a person or a small business — 创业担保贷款' })
export class StartupLoan implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => BorrowerKindEnum, { description: 'Whether a person or an organisation borrowed — 借款人类型' })
  borrowerKind: keyof typeof BorrowerKindEnum;

  @Field(() => String, { nullable: true, description: 'Unified social credit code of the borrowing business; null when a person borrowed without one — 借款单位统一社会信用代码' })
  borrowerUscc: string | null;

  @Field(() => DecimalScalar, { description: 'Amount lent, yuan — 贷款金额（元）' })
  amount: string;

  @Field({ description: 'Lending bank — 经办银行' })
  bank: string;

  @Field(() => String, { nullable: true, description: 'Guarantee fund or guarantor — 担保机构' })
  guarantor: string | null;

  @Field(() => DateScalar, { description: 'Day the loan was granted — 放款日期' })
  grantedOn: string;

  @Field(() => Int, { description: 'Term in months — 贷款期限（月）' })
  termMonths: number;

  @Field({ description: 'GB/T 2260 code of the area that granted the loan — 地区代码' })
  regionCode: string;
}
