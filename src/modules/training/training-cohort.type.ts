import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';

@ObjectType('TrainingCohort', {
  implements: Node,
  description: 'One class of a catalogue programme run by a filed provider, per trainee or bought whole as a project — 培训班（项目制）',
})
export class TrainingCohort implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Class code — 班级编号' })
  code: string;

  @Field({ description: 'GB/T 2260 code of the county where the class is held — 开班地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'First day of training — 开班日期' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day of training — 结业日期' })
  endsOn: string;

  @Field({ description: 'Whether the whole class was bought as a project rather than subsidised per trainee — 项目制整建制购买' })
  projectBased: boolean;

  @Field(() => Int, { description: 'Planned number of trainees — 计划人数' })
  plannedSize: number;
}
