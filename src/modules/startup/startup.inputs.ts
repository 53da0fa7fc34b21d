import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { BootCampEnterpriseKindEnum, BootCampParticipantStatusEnum, StartupClientKindEnum, StartupServiceKindEnum } from './startup.enums';

export const StartupServiceOrderEnum = graphqlEnum('StartupServiceOrder', 'Order of a start-up service list — 创业服务排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  SERVED_ON: 'Most recent first — 服务日期（新到旧）',
});

export const BootCampOrderEnum = graphqlEnum('BootCampOrder', 'Order of a boot-camp list — 创业训练营排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  CODE: 'Camp code — 训练营编号',
  STARTS_ON: 'Opening day, earliest first — 开营日期（由远及近）',
});

@InputType('StartupServiceFilter', { description: 'Which start-up services to list — 创业服务筛选' })
export class StartupServiceFilter {
  @Field(() => String, { nullable: true, description: 'Given in this region or anywhere under it — 地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [StartupServiceKindEnum], { nullable: true, description: 'Only these kinds — 服务类别' })
  kinds?: Array<keyof typeof StartupServiceKindEnum> | null;

  @Field(() => [StartupClientKindEnum], { nullable: true, description: 'Only services to these kinds of client — 服务对象类型' })
  clientKinds?: Array<keyof typeof StartupClientKindEnum> | null;

  @Field(() => String, { nullable: true, description: 'Given to the enterprise with this unified social credit code — 服务企业统一社会信用代码' })
  clientUscc?: string | null;

  @Field(() => String, { nullable: true, description: 'Given by a centre whose name contains this text — 服务机构名称包含' })
  centreContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Given on this day or later — 服务日期起' })
  servedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Given on this day or earlier — 服务日期止' })
  servedTo?: string | null;
}

@ArgsType()
export class StartupServicesArgs extends ConnectionArgs {
  @Field(() => StartupServiceFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: StartupServiceFilter | null;

  @Field(() => StartupServiceOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof StartupServiceOrderEnum;
}

@InputType('BootCampFilter', { description: 'Which boot camps to list — 创业训练营筛选' })
export class BootCampFilter {
  @Field(() => String, { nullable: true, description: 'Held in this region or anywhere under it — 举办地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Opening on this day or later — 开营日期起' })
  startsFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Opening on this day or earlier — 开营日期止' })
  startsTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 名称包含' })
  nameContains?: string | null;
}

@ArgsType()
export class BootCampsArgs extends ConnectionArgs {
  @Field(() => BootCampFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: BootCampFilter | null;

  @Field(() => BootCampOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof BootCampOrderEnum;
}

@InputType('BootCampParticipantFilter', { description: 'Which boot-camp participants to list — 参营人员筛选' })
export class BootCampParticipantFilter {
  @Field(() => [BootCampEnterpriseKindEnum], { nullable: true, description: 'Only enterprises of these kinds — 企业类型' })
  enterpriseKinds?: Array<keyof typeof BootCampEnterpriseKindEnum> | null;

  @Field(() => [BootCampParticipantStatusEnum], { nullable: true, description: 'Only in these states — 参营状态' })
  statuses?: Array<keyof typeof BootCampParticipantStatusEnum> | null;

  @Field(() => String, { nullable: true, description: 'The enterprise with this unified social credit code — 企业统一社会信用代码' })
  enterpriseUscc?: string | null;
}

@ArgsType()
export class BootCampParticipantsArgs extends ConnectionArgs {
  @Field(() => BootCampParticipantFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: BootCampParticipantFilter | null;
}
