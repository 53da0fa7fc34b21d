import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { WorkshopStatusEnum } from './workshop.enums';

@ObjectType('Workshop', {
  implements: Node,
  description: 'ICH workshop recognised by county culture, HR and rural bureaus — 非遗工坊',
})
export class Workshop implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name — 工坊名称' })
  name: string;

  @Field({ description: 'GB/T 2260 code of the county where it works — 所在地区代码' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'USCC of the operating business; null for a production point, which has none — 经营主体统一社会信用代码' })
  operatorUscc: string | null;

  @Field(() => Int, { description: 'Jobs it has created for local people — 带动就业人数' })
  jobsCreated: number;

  @Field(() => WorkshopStatusEnum, { description: 'Standing of its recognition — 状态' })
  status: keyof typeof WorkshopStatusEnum;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was set up, where known — 成立日期' })
  establishedOn: string | null;
}
