import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

const FOREIGN = Symbol('foreign source');

/**
 * The other bureau's database as a subgraph sees it: not there. A subgraph
 * holds only its own bureau's connection (and its gateway database); any
 * statement meant for the other source fails loudly here instead of
 * reaching a database it has no credentials for.
 */
export function foreignSource(source: string, subgraph: string): DataSource {
  return new Proxy({} as DataSource, {
    get(_target, property) {
      if (property === FOREIGN) return true;
      if (property === 'isInitialized') return false;
      if (property === 'then') return undefined;
      throw new GraphQLError(`The ${subgraph} subgraph holds no connection to the ${source} database; this needs ${source} records, which only that bureau's subgraph reads`, {
        extensions: { code: 'NOT_IN_THIS_SUBGRAPH', subgraph, source },
      });
    },
  });
}

/** Whether this source is another bureau's, in a subgraph process. */
export function isForeignSource(dataSource: DataSource): boolean {
  return (dataSource as unknown as Record<symbol, unknown>)[FOREIGN] === true;
}
