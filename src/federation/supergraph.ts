import { composeServices } from '@theguild/federation-composition';
import { DefinitionNode, DocumentNode, parse, print } from 'graphql';
import { SUBGRAPH_NAMES } from './subgraph-plan';
import { subgraphSdl } from './subgraph-schema';

/**
 * The URLs written into the committed supergraph. They name the subgraphs,
 * not where they run: the gateway replaces them with CULTURE_SUBGRAPH_URL
 * and HR_SUBGRAPH_URL when it starts (src/gateway/gateway.options.ts).
 */
export const PLACEHOLDER_URLS = { culture: 'http://culture-subgraph.invalid/graphql', hr: 'http://hr-subgraph.invalid/graphql' } as const;

/** The supergraph SDL committed at schema/supergraph.graphql, composed by @theguild/federation-composition from both subgraphs. */
export async function supergraphSdl(): Promise<string> {
  const services = await Promise.all(SUBGRAPH_NAMES.map(async (name) => ({ name, url: PLACEHOLDER_URLS[name], typeDefs: parse(await subgraphSdl(name)) })));
  const result = composeServices(services);
  if (result.errors) throw new Error(`the subgraphs do not compose:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  return `${print(sorted(result.supergraphDocumentNode)).trim()}\n`;
}

const byName = <T extends { name: { value: string } }>(a: T, b: T) => a.name.value.localeCompare(b.name.value);

/**
 * Definitions, fields, arguments and enum values in name order: composition
 * keeps the order the subgraphs list fields in, which follows the order the
 * resolver classes were loaded in; the committed file must not depend on it.
 */
function sorted(document: DocumentNode): DocumentNode {
  const named = (d: DefinitionNode) => ('name' in d && d.name ? d.name.value : '');
  const definitions = [...document.definitions]
    .map((d) => {
      const node = d as DefinitionNode & { fields?: ReadonlyArray<{ name: { value: string } }>; values?: ReadonlyArray<{ name: { value: string } }> };
      return { ...node, ...(node.fields ? { fields: [...node.fields].sort(byName) } : {}), ...(node.values ? { values: [...node.values].sort(byName) } : {}) } as DefinitionNode;
    })
    .sort((a, b) => (named(a) === '' ? -1 : named(b) === '' ? 1 : `${a.kind}:${named(a)}`.localeCompare(`${b.kind}:${named(b)}`)));
  return { ...document, definitions };
}
