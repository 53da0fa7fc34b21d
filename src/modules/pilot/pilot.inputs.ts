import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { FeaturedDesignationKindEnum } from './pilot.enums';

export const IndustryPilotOrderEnum = graphqlEnum('IndustryPilotOrder', 'Order of a pilot list — 产训结合试点排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  CODE: 'Pilot code — 试点编号',
  YEAR: 'Year, earliest first — 年度',
});

export const FeaturedDesignationOrderEnum = graphqlEnum('FeaturedDesignationOrder', 'Order of a designation list — 特色认定排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  YEAR: 'Year, earliest first — 年度',
});

@InputType('IndustryPilotFilter', { description: 'Which production–training pilots to list — 产训结合试点筛选' })
export class IndustryPilotFilter {
  @Field(() => String, { nullable: true, description: 'In this region or anywhere under it — 地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Only pilots of these years — 年度' })
  years?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Industry cluster name contains this text — 产业集群名称包含' })
  clusterContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Only pilots this organisation (enterprise or provider) takes part in, by USCC — 参与单位统一社会信用代码' })
  memberUscc?: string | null;
}

@ArgsType()
export class IndustryPilotsArgs extends ConnectionArgs {
  @Field(() => IndustryPilotFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: IndustryPilotFilter | null;

  @Field(() => IndustryPilotOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof IndustryPilotOrderEnum;
}

@InputType('FeaturedDesignationFilter', { description: 'Which featured designations to list — 特色认定筛选' })
export class FeaturedDesignationFilter {
  @Field(() => [FeaturedDesignationKindEnum], { nullable: true, description: 'Only these kinds — 认定类型' })
  kinds?: Array<keyof typeof FeaturedDesignationKindEnum> | null;

  @Field(() => String, { nullable: true, description: 'Of this region or anywhere under it — 地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Only designations of these years — 年度' })
  years?: number[] | null;
}

@ArgsType()
export class FeaturedDesignationsArgs extends ConnectionArgs {
  @Field(() => FeaturedDesignationFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: FeaturedDesignationFilter | null;

  @Field(() => FeaturedDesignationOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof FeaturedDesignationOrderEnum;
}
