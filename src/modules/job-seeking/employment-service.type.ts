import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionType } from '../../shared/relay/connection';
import { Node } from '../../shared/relay/node';
import { EmploymentServiceKindEnum, EmploymentServiceOutcomeEnum } from './job-seeking.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('EmploymentService', { implements: Node, description: 'A public employment service given to a person: introduction, guidance or policy consultation — 就业服务记录' })
export class EmploymentService implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => EmploymentServiceKindEnum, { description: 'Kind of service — 服务类型' })
  kind: keyof typeof EmploymentServiceKindEnum;

  @Field({ description: 'The public employment service centre that gave it — 服务机构' })
  centerName: string;

  @Field({ description: 'GB/T 2260 code of the centre\'s area — 服务地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Day given — 服务日期' })
  servedOn: string;

  @Field(() => EmploymentServiceOutcomeEnum, { description: 'What it came to — 服务结果' })
  outcome: keyof typeof EmploymentServiceOutcomeEnum;

  @Field(() => DateScalar, { nullable: true, description: 'Day the referred person was hired — 录用日期' })
  hiredOn: string | null;
}

@ObjectType('EmploymentServiceConnection', { description: 'A page of employment services (Relay connection) — 就业服务记录列表' })
export class EmploymentServiceConnection extends ConnectionType(EmploymentService, 'EmploymentService', '就业服务记录') {}
