import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { LaborBrandUnitKindEnum } from './labor.enums';

@ObjectType('LaborBrandUnit', {
  implements: Node,
  description: 'Organisation recognised as building a labour brand — 劳务品牌建设单位',
})
export class LaborBrandUnit implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Unified social credit code of the unit (GB 32100) — 统一社会信用代码' })
  uscc: string;

  @Field(() => LaborBrandUnitKindEnum, { description: 'Why the unit was recognised — 建设单位类型' })
  unitKind: keyof typeof LaborBrandUnitKindEnum;

  @Field(() => DateScalar, { description: 'Day the unit was recognised — 认定日期' })
  recognizedOn: string;
}
