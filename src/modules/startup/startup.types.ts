import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionType } from '../../shared/relay/connection';
import { Node } from '../../shared/relay/node';
import { BootCampEnterpriseKindEnum, BootCampParticipantStatusEnum, StartupClientKindEnum, StartupServiceKindEnum } from './startup.enums';

@ObjectType('StartupService', { implements: Node, description: 'Start-up guidance or consultation given to a person or an enterprise (notice §二(四)) — 创业服务（创业指导、创业咨询）' })
export class StartupService implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => StartupServiceKindEnum, { description: 'Guidance or consultation — 服务类别' })
  kind: keyof typeof StartupServiceKindEnum;

  @Field(() => StartupClientKindEnum, { description: 'Whether a person (with or without an enterprise) or an enterprise alone was served — 服务对象类型' })
  clientKind: keyof typeof StartupClientKindEnum;

  @Field(() => String, { nullable: true, description: 'Unified social credit code of the enterprise served; null for a person without one — 服务企业统一社会信用代码' })
  clientUscc: string | null;

  @Field({ description: 'The public employment or start-up service centre that gave it — 服务机构' })
  centre: string;

  @Field(() => String, { nullable: true, description: 'What it was about, e.g. SYB 创办你的企业 or 创业担保贷款政策 — 服务内容' })
  topic: string | null;

  @Field(() => DateScalar, { description: 'Day of the service — 服务日期' })
  servedOn: string;

  @Field({ description: 'GB/T 2260 code of the area that gave it — 地区代码' })
  regionCode: string;
}

@ObjectType('BootCamp', { implements: Node, description: 'A city’s start-up boot camp for selected operators of Shandong Handmade small, micro and start-up enterprises (notice §二(四)) — 创业训练营' })
export class BootCamp implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Camp code — 训练营编号' })
  code: string;

  @Field({ description: 'Name — 名称' })
  name: string;

  @Field({ description: 'Who organises it, e.g. a city’s public employment service centre — 主办单位' })
  organiser: string;

  @Field({ description: 'GB/T 2260 code of the city holding it — 举办城市代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Opening day — 开营日期' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Closing day — 结营日期' })
  endsOn: string;

  @Field(() => Int, { description: 'Places planned — 计划招收人数' })
  intake: number;
}

@Authorized(Permission.PERSON_READ)
@ObjectType('BootCampParticipant', { implements: Node, description: 'An enterprise and its operator selected for a boot camp — 创业训练营学员' })
export class BootCampParticipant implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Unified social credit code of the enterprise — 企业统一社会信用代码' })
  enterpriseUscc: string;

  @Field(() => BootCampEnterpriseKindEnum, { description: 'Small/micro enterprise or start-up — 企业类型' })
  enterpriseKind: keyof typeof BootCampEnterpriseKindEnum;

  @Field(() => BootCampParticipantStatusEnum, { description: 'Selected, completed or withdrawn — 参营状态' })
  status: keyof typeof BootCampParticipantStatusEnum;
}

@ObjectType('StartupServiceConnection', { description: 'A page of start-up services (Relay connection) — 创业服务列表' })
export class StartupServiceConnection extends ConnectionType(StartupService, 'StartupService', '创业服务') {}

@ObjectType('BootCampConnection', { description: 'A page of boot camps (Relay connection) — 创业训练营列表' })
export class BootCampConnection extends ConnectionType(BootCamp, 'BootCamp', '创业训练营') {}

@ObjectType('BootCampParticipantConnection', { description: 'A page of boot-camp participants (Relay connection) — 创业训练营学员列表' })
export class BootCampParticipantConnection extends ConnectionType(BootCampParticipant, 'BootCampParticipant', '创业训练营学员') {}
