import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, parseServingConfig, QueryLimits } from '../config';
import { PLACEHOLDER_URLS } from '../federation/supergraph';
import { SUBGRAPH_NAMES, SubgraphName } from '../federation/subgraph-plan';
import { projectRoot } from '../shared/files/project-root';
import { GatewayLimitsPlugin, gatewayLimitsPlugin } from './gateway-limits.plugin';
import { SubgraphUnavailablePlugin, subgraphUnavailablePlugin } from './subgraph-unavailable.plugin';

/** The credentials a client sends, forwarded as they are: each subgraph authenticates and authorises the caller itself. */
export const FORWARDED_HEADERS = ['authorization', 'x-api-key', 'idempotency-key'] as const;

export const SUBGRAPH_URL_VARIABLES: Record<SubgraphName, string> = { culture: 'CULTURE_SUBGRAPH_URL', hr: 'HR_SUBGRAPH_URL' };

export interface GatewaySettings {
  port: number;
  /** Where each bureau's subgraph answers. */
  subgraphUrls: Record<SubgraphName, string>;
  limits: QueryLimits;
  production: boolean;
}

/** PORT, CULTURE_SUBGRAPH_URL, HR_SUBGRAPH_URL and the query limits (MAX_QUERY_DEPTH, MAX_QUERY_COST, …), as the single process reads them. */
export function gatewaySettings(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const nodeEnv = (env.NODE_ENV ?? 'development') as 'development' | 'production' | 'test';
  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw new ConfigError('PORT', `"${portText}" is not a TCP port (1–65535)`);
  const subgraphUrls = {} as Record<SubgraphName, string>;
  for (const subgraph of SUBGRAPH_NAMES) {
    const variable = SUBGRAPH_URL_VARIABLES[subgraph];
    const value = env[variable]?.trim();
    if (!value) throw new ConfigError(variable, `is not set; give the URL of the ${subgraph} bureau's subgraph (serve --subgraph ${subgraph}), e.g. http://127.0.0.1:4001/graphql`);
    if (!/^https?:\/\/\S+$/.test(value)) throw new ConfigError(variable, `"${value}" is not an http(s) URL`);
    subgraphUrls[subgraph] = value;
  }
  return { port, subgraphUrls, limits: parseServingConfig(env, nodeEnv).limits, production: nodeEnv === 'production' };
}

/** schema/supergraph.graphql with the subgraphs' real URLs in place of the placeholders it is committed with. */
export function supergraphFor(urls: Record<SubgraphName, string>, file = path.join(projectRoot(), 'schema', 'supergraph.graphql')): string {
  let sdl = fs.readFileSync(file, 'utf8');
  for (const subgraph of SUBGRAPH_NAMES) sdl = sdl.split(PLACEHOLDER_URLS[subgraph]).join(urls[subgraph]);
  return sdl;
}

/**
 * Hive Gateway's configuration, shared by gateway.config.ts (`npm run
 * gateway`, the hive-gateway CLI) and the tests (createGatewayRuntime).
 * The supergraph is the committed composition; credentials are forwarded;
 * the query limits hold here as in the single process.
 */
export interface GatewayOptions {
  supergraph: () => string;
  graphqlEndpoint: string;
  landingPage: boolean;
  graphiql: boolean;
  propagateHeaders: { fromClientToSubgraphs: (payload: { request: { headers: { get(name: string): string | null } } }) => Record<string, string> };
  plugins: () => Array<GatewayLimitsPlugin | SubgraphUnavailablePlugin>;
}

export function gatewayOptions(settings: GatewaySettings): GatewayOptions {
  return {
    supergraph: () => supergraphFor(settings.subgraphUrls),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !settings.production,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const forwarded: Record<string, string> = {};
        for (const name of FORWARDED_HEADERS) {
          const value = request.headers.get(name);
          if (value !== null) forwarded[name] = value;
        }
        return forwarded;
      },
    },
    plugins: () => [gatewayLimitsPlugin(settings.limits), subgraphUnavailablePlugin(settings.subgraphUrls)],
  };
}
