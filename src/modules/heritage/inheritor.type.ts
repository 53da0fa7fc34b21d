import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/relay/node';
import { IchLevelEnum } from './heritage.enums';

@ObjectType('Inheritor', {
  implements: Node,
  description: "A person's recognition as representative inheritor of one item at one level — 非遗代表性传承人",
})
export class Inheritor implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name — 姓名' })
  name: string;

  @Field(() => Int, { description: 'Year recognised at this level — 认定年份' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Batch of the recognition at this level — 批次' })
  batch: number | null;

  @Field(() => IchLevelEnum, { description: 'Level of the recognition — 传承人级别' })
  level: keyof typeof IchLevelEnum;

  @Field({ description: "GB/T 2260 code of the inheritor's region — 所在地区代码" })
  regionCode: string;
}
