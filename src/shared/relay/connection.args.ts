import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size from the start or after the cursor: 0 to 100, default 20 — 每页条数（向后）' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after, from pageInfo.endCursor — 起始游标之后' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end or before the cursor: 0 to 100 — 每页条数（向前）' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue before, from pageInfo.startCursor — 游标之前' })
  before?: string | null;
}
