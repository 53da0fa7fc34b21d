import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { isSubgraphName, SUBGRAPH_NAMES } from '../federation/subgraph-plan';
import { startServer } from '../main';
import { UsageError } from './cli.errors';

/**
 * `serve [--subgraph culture|hr]`: what `npm start` runs (the whole schema),
 * or one bureau's Federation 2 subgraph for the gateway (`npm run gateway`).
 * The process then lives until SIGTERM/SIGINT.
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { subgraph: { type: 'string' } }, strict: true });
  const subgraph = values.subgraph;
  if (subgraph !== undefined && !isSubgraphName(subgraph)) throw new UsageError(`--subgraph must be one of ${SUBGRAPH_NAMES.join(', ')}, got "${subgraph}"`, ['serve']);
  await startServer(loadConfig(), { subgraph });
  return 0;
}
