import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { RightsCaseKindEnum, RightsCaseOutcomeEnum } from './rights.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('RightsCase', {
  implements: Node,
  description: 'A rights-protection service case for a worker of a labour-brand building unit, the third leg of 培训、就业、维权一条龙 — 维权服务案件',
})
export class RightsCase implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Case number, unique — 案件编号' })
  caseNumber: string;

  @Field(() => RightsCaseKindEnum, { description: 'What the case is about — 维权事项' })
  kind: keyof typeof RightsCaseKindEnum;

  @Field(() => DateScalar, { description: 'Day the case was opened — 受理日期' })
  openedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the case was closed; null while open — 办结日期' })
  closedOn: string | null;

  @Field(() => RightsCaseOutcomeEnum, { nullable: true, description: 'How it ended; null while open — 办结结果' })
  outcome: keyof typeof RightsCaseOutcomeEnum | null;

  @Field({ description: 'GB/T 2260 code of the area whose service centre handles it — 受理地区代码' })
  regionCode: string;
}
