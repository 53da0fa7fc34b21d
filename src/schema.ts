import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { HeritageItemResolver } from './modules/heritage/heritage-item.resolver';
import { RegionResolver } from './modules/region/region.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [RegionResolver, HeritageItemResolver];

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: type-graphql metadata is global anyway. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: false,
  }).then((schema) => {
    const query = schema.getQueryType();
    if (query) query.description = 'Entry points for reading both agencies\' records — 查询入口';
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Filings that change an agency\'s records — 变更入口';
    return schema;
  });
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}
