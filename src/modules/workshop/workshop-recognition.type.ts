import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { WorkshopRecognitionLevelEnum } from './workshop.enums';

@ObjectType('WorkshopRecognition', {
  implements: Node,
  description: "A workshop's recognition at one level; at most one per level — 非遗工坊认定",
})
export class WorkshopRecognition implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => WorkshopRecognitionLevelEnum, { description: 'Level recognised at — 认定级别' })
  level: keyof typeof WorkshopRecognitionLevelEnum;

  @Field(() => Int, { description: 'Year of the recognition (batch year) — 认定年份' })
  year: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day the recognition was published, where known — 认定日期' })
  recognizedOn: string | null;
}
