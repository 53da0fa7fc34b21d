import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { TalentTitleKindEnum } from './talent.enums';

export const TalentTitleOrderEnum = graphqlEnum('TalentTitleOrder', 'Order of a talent title list — 人才称号排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  AWARDED_ON: 'Day awarded, oldest first — 授予日期（由远及近）',
  AWARDED_ON_DESC: 'Day awarded, newest first — 授予日期（由近及远）',
});

@InputType('TalentTitleFilter', { description: 'Which talent titles to list — 人才称号筛选' })
export class TalentTitleFilter {
  @Field(() => [TalentTitleKindEnum], { nullable: true, description: 'Only these kinds — 称号类别' })
  kinds?: Array<keyof typeof TalentTitleKindEnum> | null;

  @Field(() => [Int], { nullable: true, description: 'Only titles of these selection years — 评选年度' })
  years?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Of this region or anywhere under it — 所属地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Awarded on this day or later — 授予日期起' })
  awardedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Awarded on this day or earlier — 授予日期止' })
  awardedTo?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only titles awarded by this day and still in their term on it — 当日在管理期内' })
  inTermOn?: string | null;
}

@ArgsType()
export class TalentTitlesArgs extends ConnectionArgs {
  @Field(() => TalentTitleFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: TalentTitleFilter | null;

  @Field(() => TalentTitleOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof TalentTitleOrderEnum;
}
