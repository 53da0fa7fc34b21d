import type { RequestContext } from '../context';
import type { AnyRecordDefinition } from './record-definition';
import { recordsOf } from './record-reader';

/** Fetches records of one node type by row id, in key order, null for a miss; should go through a loader. */
export type NodeFetcher = (ctx: RequestContext, rowIds: readonly number[]) => Promise<Array<object | null>>;
/** The same for a type identified by a natural key (an Organization by its USCC). */
export type NodeKeyFetcher = (ctx: RequestContext, keys: readonly string[]) => Promise<Array<object | null>>;

const fetchers = new Map<string, { byKey: boolean; fetch: NodeFetcher | NodeKeyFetcher }>();

/** Each module registers its node types, so node(id:) needs no list of its own. */
export function registerNodeType(typename: string, fetch: NodeFetcher): void {
  fetchers.set(typename, { byKey: false, fetch });
}

export function registerNodeTypeByKey(typename: string, fetch: NodeKeyFetcher): void {
  fetchers.set(typename, { byKey: true, fetch });
}

export function nodeFetcher(typename: string) {
  return fetchers.get(typename);
}

export function nodeTypeNames(): string[] {
  return [...fetchers.keys()].sort();
}

/** Registers `node(id:)` for record types from their definitions: by row id, through the type's by-id loader. */
export function registerRecordNodes(definitions: readonly AnyRecordDefinition[]): void {
  for (const definition of definitions) {
    if (definition.node === false) continue;
    registerNodeType(definition.typename, (ctx, ids) => recordsOf(ctx, definition).byId().loadMany(ids) as Promise<Array<object | null>>);
  }
}
