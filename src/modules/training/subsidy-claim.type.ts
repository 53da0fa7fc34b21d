import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { SubsidyClaimStatusEnum } from './training.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('SubsidyClaim', {
  implements: Node,
  description: 'The vocational training subsidy claimed for one enrolment — 职业培训补贴',
})
export class SubsidyClaim implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => DecimalScalar, { description: 'Amount claimed in yuan — 补贴金额（元）' })
  amount: string;

  @Field(() => SubsidyClaimStatusEnum, { description: 'State of the claim — 申领状态' })
  status: keyof typeof SubsidyClaimStatusEnum;

  @Field(() => DateScalar, { description: 'Day the claim was filed — 申领日期' })
  claimedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the subsidy was paid; null until paid — 拨付日期' })
  paidOn: string | null;
}
