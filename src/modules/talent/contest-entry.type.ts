import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { Node } from '../../shared/relay/node';

@Authorized(Permission.PERSON_READ)
@ObjectType('ContestEntry', {
  implements: Node,
  description: "A person's entry in a skills contest, with the placing and award — 参赛记录",
})
export class ContestEntry implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Final placing, 1 for first; null when not ranked — 名次' })
  placing: number | null;

  @Field(() => String, { nullable: true, description: 'Award as announced, such as 一等奖; null for none — 奖项' })
  award: string | null;
}
