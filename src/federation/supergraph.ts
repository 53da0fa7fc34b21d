import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
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
  return `${result.supergraphSdl.trim()}\n`;
}
