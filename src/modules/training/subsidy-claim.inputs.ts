import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { SubsidyClaimStatusEnum } from './training.enums';

export const SubsidyClaimOrderEnum = graphqlEnum('SubsidyClaimOrder', 'Order of a subsidy claim list — 补贴申领排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  CLAIMED_ON: 'Day the claim was filed, earliest first — 申领日期',
});

@InputType('SubsidyClaimFilter', { description: 'Which training subsidy claims to list — 职业培训补贴筛选' })
export class SubsidyClaimFilter {
  @Field(() => [SubsidyClaimStatusEnum], { nullable: true, description: 'Only these states — 申领状态' })
  statuses?: Array<keyof typeof SubsidyClaimStatusEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Filed on this day or later — 申领日期起' })
  claimedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Filed on this day or earlier — 申领日期止' })
  claimedTo?: string | null;
}

@ArgsType()
export class SubsidyClaimsArgs extends ConnectionArgs {
  @Field(() => SubsidyClaimFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: SubsidyClaimFilter | null;

  @Field(() => SubsidyClaimOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof SubsidyClaimOrderEnum;
}
