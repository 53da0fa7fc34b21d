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
      throw new Error(`the ${subgraph} subgraph holds no connection to the ${source} database (${String(property)}); that bureau's subgraph answers for it`);
    },
  });
}

/** Whether this source is another bureau's, in a subgraph process. */
export function isForeignSource(dataSource: DataSource): boolean {
  return (dataSource as unknown as Record<symbol, unknown>)[FOREIGN] === true;
}
