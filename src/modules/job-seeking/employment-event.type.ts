import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionType } from '../../shared/relay/connection';
import { Node } from '../../shared/relay/node';
import { EmploymentEventKindEnum } from './job-seeking.enums';

@ObjectType('EmploymentEvent', { implements: Node, description: 'A public employment service event, with or without a Shandong Handmade exhibition area — 公共就业服务专项活动' })
export class EmploymentEvent implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name of the event — 活动名称' })
  name: string;

  @Field(() => EmploymentEventKindEnum, { description: 'Campaign it belongs to — 活动类型' })
  kind: keyof typeof EmploymentEventKindEnum;

  @Field({ description: 'GB/T 2260 code of where it was held — 举办地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'First day — 举办日期' })
  heldOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, for an event of several days — 结束日期' })
  endsOn: string | null;

  @Field({ description: 'Organiser, e.g. a public employment service centre — 主办单位' })
  organiser: string;

  @Field({ description: 'Whether it had a Shandong Handmade exhibition area (notice §三(二)) — 是否设山东手造展示区' })
  handmadeArea: boolean;

  @Field(() => String, { nullable: true, description: 'The Shandong Handmade operating company that ran the area — 山东手造运营公司' })
  handmadeAreaOperator: string | null;
}

@ObjectType('EventExhibitor', { description: 'An organisation exhibiting at an employment service event — 参展单位' })
export class EventExhibitor {
  @Field({ description: 'USCC of the organisation (GB 32100) — 统一社会信用代码' })
  uscc: string;

  @Field({ description: 'Whether it exhibited in the Shandong Handmade exhibition area — 是否在山东手造展示区参展' })
  inHandmadeArea: boolean;
}

@ObjectType('EmploymentEventConnection', { description: 'A page of employment service events (Relay connection) — 专项活动列表' })
export class EmploymentEventConnection extends ConnectionType(EmploymentEvent, 'EmploymentEvent', '公共就业服务专项活动') {}
