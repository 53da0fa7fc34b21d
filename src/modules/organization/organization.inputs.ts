import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { OrganizationTypeEnum } from './organization.type';

export const OrganizationOrderEnum = graphqlEnum('OrganizationOrder', 'Order of an organisation list — 主体排序', {
  ID: 'Order of entry in the directory — 入库顺序',
  NAME: 'Name, by code point — 名称',
  USCC: 'Unified Social Credit Code — 统一社会信用代码',
});

@InputType('OrganizationFilter', { description: 'Which directory organisations to list; the HR flags are checked across agencies — 主体筛选' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'In this region or anywhere under it — 所在地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [OrganizationTypeEnum], { nullable: true, description: 'Only these kinds — 主体类型' })
  orgTypes?: Array<keyof typeof OrganizationTypeEnum> | null;

  @Field(() => Boolean, { nullable: true, description: 'Key enterprises only (true) or none of them (false) — 重点企业' })
  keyEnterprise?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Key projects only (true) or none of them (false) — 重点项目' })
  keyProject?: boolean | null;

  @Field(() => [Int], { nullable: true, description: 'Entered the directory in one of these years — 入库年份' })
  listedYears?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Runs at least one ICH workshop (true) or none (false) — 运营非遗工坊' })
  operatesWorkshop?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Is an HR labour-brand building unit (true) or not (false) — 劳务品牌建设单位' })
  laborBrandUnit?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Is a filed HR training provider (true) or not (false) — 备案培训机构' })
  trainingProvider?: boolean | null;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof OrganizationOrderEnum;
}
