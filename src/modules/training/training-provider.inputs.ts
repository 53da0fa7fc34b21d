import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { CreditRatingEnum } from './training.enums';

export const TrainingProviderOrderEnum = graphqlEnum('TrainingProviderOrder', 'Order of a training provider list — 培训机构排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 机构名称',
  USCC: 'Unified social credit code — 统一社会信用代码',
  FILED_ON: 'Day of filing, earliest first — 备案日期',
});

@InputType('TrainingProviderFilter', { description: 'Which filed training providers to list — 备案培训机构筛选' })
export class TrainingProviderFilter {
  @Field(() => String, { nullable: true, description: 'Filed in this region or anywhere under it — 所在地区（含下级）' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the provider with this unified social credit code (spaces and case ignored) — 统一社会信用代码' })
  uscc?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => [CreditRatingEnum], { nullable: true, description: 'Only these credit ratings (unrated providers never match) — 信用等级' })
  creditRatings?: Array<keyof typeof CreditRatingEnum> | null;
}

@ArgsType()
export class TrainingProvidersArgs extends ConnectionArgs {
  @Field(() => TrainingProviderFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: TrainingProviderFilter | null;

  @Field(() => TrainingProviderOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof TrainingProviderOrderEnum;
}
