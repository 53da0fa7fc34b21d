import { ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in its list (Relay) — 分页信息' })
export class PageInfo {
  @Field({ description: 'Whether more rows follow this page — 是否有下一页' })
  hasNextPage: boolean;

  @Field({ description: 'Whether rows precede this page — 是否有上一页' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge — 起始游标' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge — 结束游标' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** The value a list resolver returns; `totalCount` is a getter so the COUNT runs only when selected. */
export interface ConnectionValue<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  readonly totalCount: Promise<number> | number;
}

/**
 * A Relay connection type for a node type: `<Name>Connection` with
 * `<Name>Edge`s, `pageInfo` and `totalCount`.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, chineseTerm: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor — ${chineseTerm}` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge, for after/before — 游标' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name} — ${chineseTerm}` })
    node: T;
  }

  // Abstract: each module declares `@ObjectType('<Name>Connection') class … extends ConnectionType(…)`.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionTypeClass {
    @Field(() => [EdgeType], { description: 'The records of this page with their cursors — 本页记录' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging state of this page — 分页信息' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many records match the filter, over all pages — 总数' })
    totalCount: number;
  }
  return ConnectionTypeClass;
}
