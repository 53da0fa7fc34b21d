import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { RegionLevelEnum } from './region.type';

@InputType('RegionFilter', { description: 'Which regions to list — 行政区划筛选' })
export class RegionFilter {
  @Field(() => String, { nullable: true, description: 'Only the direct children of this code — 上级代码' })
  parentCode?: string | null;

  @Field(() => [RegionLevelEnum], { nullable: true, description: 'Only these levels — 级别' })
  levels?: Array<keyof typeof RegionLevelEnum> | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retired codes such as 371200 莱芜市 (default false) — 含已撤销代码' })
  includeRetired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Chinese or English name contains this text — 名称包含' })
  nameContains?: string | null;
}

@ArgsType()
export class RegionsArgs extends ConnectionArgs {
  @Field(() => RegionFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: RegionFilter | null;
}
