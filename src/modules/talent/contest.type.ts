import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { ContestClassEnum } from './talent.enums';

@ObjectType('Contest', {
  implements: Node,
  description: 'A vocational skills contest, ICH craft contests included — 职业技能竞赛',
})
export class Contest implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name — 竞赛名称' })
  name: string;

  @Field(() => ContestClassEnum, { description: 'Contest class — 竞赛类别' })
  contestClass: keyof typeof ContestClassEnum;

  @Field(() => Int, { description: 'Contest year — 竞赛年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day the contest was held (its first day) — 举办日期' })
  heldOn: string;

  @Field({ description: 'GB/T 2260 code of the organising area — 举办地区代码' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'ICH item key LEVEL:number:area when the contest is in a listed craft — 非遗项目键' })
  itemKey: string | null;
}
