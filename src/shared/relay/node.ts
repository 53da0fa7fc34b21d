import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: anything fetchable again by its opaque global id. */
@InterfaceType('Node', {
  description: 'An object with an opaque global id, fetchable again with node(id:) — 可按全局标识获取的对象',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;
}
