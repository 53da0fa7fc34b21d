import { buildSubgraphSchema } from '@apollo/subgraph';
import { DocumentNode, GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { graphqlSchema } from '../schema';
import { SubgraphName } from './subgraph-plan';
import { subgraphResolvers } from './subgraph-resolvers';
import { subgraphDocuments } from './subgraph-sdl';

let documents: Promise<Record<SubgraphName, DocumentNode>> | undefined;
const built = new Map<SubgraphName, Promise<GraphQLSchema>>();

/** The SDL of both subgraphs, derived once from the single process's schema. */
export function subgraphSdlDocuments(): Promise<Record<SubgraphName, DocumentNode>> {
  documents ??= graphqlSchema().then(subgraphDocuments);
  return documents;
}

/**
 * A subgraph's executable schema (@apollo/subgraph adds `_service` and
 * `_entities`). The cost weights fields declare (`@Extensions`) are copied
 * over, so the subgraph's own query limits price fields as the single
 * process does.
 */
export function subgraphSchema(subgraph: SubgraphName): Promise<GraphQLSchema> {
  let schema = built.get(subgraph);
  if (!schema) {
    schema = Promise.all([graphqlSchema(), subgraphSdlDocuments()]).then(([single, docs]) => {
      const federated = buildSubgraphSchema([{ typeDefs: docs[subgraph], resolvers: subgraphResolvers(single, docs[subgraph], subgraph) as never }]);
      copyFieldExtensions(single, federated);
      return federated;
    });
    built.set(subgraph, schema);
  }
  return schema;
}

function copyFieldExtensions(from: GraphQLSchema, to: GraphQLSchema): void {
  for (const type of Object.values(to.getTypeMap())) {
    const original = from.getType(type.name);
    if (!isObjectType(type) || !isObjectType(original)) continue;
    const originalFields = original.getFields();
    for (const field of Object.values(type.getFields())) {
      const extensions = originalFields[field.name]?.extensions;
      if (extensions && Object.keys(extensions).length > 0) (field as { extensions: unknown }).extensions = { ...field.extensions, ...extensions };
    }
  }
}

/** The subgraph SDL as the gateway's composition reads it (`_service { sdl }`), sorted. */
export async function subgraphSdl(subgraph: SubgraphName): Promise<string> {
  return printSubgraphSchema(lexicographicSortSchema(await subgraphSchema(subgraph)));
}

