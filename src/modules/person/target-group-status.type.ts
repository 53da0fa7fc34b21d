import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { TargetGroupEnum } from './person.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('TargetGroupStatus', {
  implements: Node,
  description: 'A period in which a person belongs to a target group — 重点群体身份',
})
export class TargetGroupStatus implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => TargetGroupEnum, { description: 'Target group — 重点群体类别' })
  targetGroup: keyof typeof TargetGroupEnum;

  @Field(() => DateScalar, { description: 'First day the status applies — 起始日期' })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day the status no longer applies; null while it lasts — 终止日期' })
  validTo: string | null;
}
