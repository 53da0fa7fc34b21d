import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { HeritageCategoryEnum } from '../heritage/heritage.enums';
import { JobSeekerStatusEnum } from './job-seeking.enums';

export const JobSeekerOrderEnum = graphqlEnum('JobSeekerOrder', 'Order of a job-seeker list — 求职登记排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  REGISTERED_ON: 'Earliest registered first — 登记日期（早到晚）',
  REGISTERED_ON_DESC: 'Latest registered first — 登记日期（晚到早）',
});

@InputType('JobSeekerFilter', { description: 'Which job-seeker registrations to list — 求职登记筛选' })
export class JobSeekerFilter {
  @Field(() => String, { nullable: true, description: 'Registered by a centre in this region or anywhere under it — 登记地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [JobSeekerStatusEnum], { nullable: true, description: 'Only these states — 登记状态' })
  statuses?: Array<keyof typeof JobSeekerStatusEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Registered on this day or later — 登记日期起' })
  registeredFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Registered on this day or earlier — 登记日期止' })
  registeredTo?: string | null;

  @Field(() => [String], { nullable: true, description: 'Offering a craft in one of these ICH items (any spelling of the key) — 掌握的非遗项目' })
  itemKeys?: string[] | null;

  @Field(() => [HeritageCategoryEnum], { nullable: true, description: 'Offering a craft in one of these ICH categories — 掌握技艺的非遗门类' })
  ichCategories?: Array<keyof typeof HeritageCategoryEnum> | null;

  @Field(() => String, { nullable: true, description: 'Wishing to work in this region or somewhere under it — 意向工作地（含下级）' })
  wishedRegionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Able to start work by this day — 可到岗日期不晚于' })
  availableBy?: string | null;
}

@ArgsType()
export class JobSeekersArgs extends ConnectionArgs {
  @Field(() => JobSeekerFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: JobSeekerFilter | null;

  @Field(() => JobSeekerOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof JobSeekerOrderEnum;
}
