import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { CreditRatingEnum } from './training.enums';

@ObjectType('TrainingProvider', {
  implements: Node,
  description: 'Vocational training provider filed with the HR bureau, as HR records it — 备案培训机构',
})
export class TrainingProvider implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Unified social credit code (GB 32100) of the provider — 统一社会信用代码' })
  uscc: string;

  @Field({ description: 'Name as filed — 机构名称' })
  name: string;

  @Field({ description: 'Filing number given by the HR bureau — 备案编号' })
  filingNumber: string;

  @Field({ description: 'GB/T 2260 code of the region where the provider is filed — 所在地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Day of filing — 备案日期' })
  filedOn: string;

  @Field(() => CreditRatingEnum, { nullable: true, description: 'Credit rating; null until rated — 信用等级' })
  creditRating: keyof typeof CreditRatingEnum | null;
}
