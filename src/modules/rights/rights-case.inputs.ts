import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { RightsCaseKindEnum, RightsCaseOutcomeEnum } from './rights.enums';

export const RightsCaseOrderEnum = graphqlEnum('RightsCaseOrder', 'Order of a rights case list — 维权案件排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  OPENED_ON: 'Day opened, oldest first — 受理日期（由远及近）',
  OPENED_ON_DESC: 'Day opened, newest first — 受理日期（由近及远）',
  CASE_NUMBER: 'Case number — 案件编号',
});

@InputType('RightsCaseFilter', { description: 'Which rights cases to list — 维权案件筛选' })
export class RightsCaseFilter {
  @Field(() => [RightsCaseKindEnum], { nullable: true, description: 'Only these kinds — 维权事项' })
  kinds?: Array<keyof typeof RightsCaseKindEnum> | null;

  @Field(() => [RightsCaseOutcomeEnum], { nullable: true, description: 'Only cases closed with these outcomes — 办结结果' })
  outcomes?: Array<keyof typeof RightsCaseOutcomeEnum> | null;

  @Field(() => Boolean, { nullable: true, description: 'True for closed cases only, false for open ones only — 是否办结' })
  closed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Handled in this region or anywhere under it — 受理地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Opened on this day or later — 受理日期起' })
  openedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Opened on this day or earlier — 受理日期止' })
  openedTo?: string | null;
}

@ArgsType()
export class RightsCasesArgs extends ConnectionArgs {
  @Field(() => RightsCaseFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: RightsCaseFilter | null;

  @Field(() => RightsCaseOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof RightsCaseOrderEnum;
}
