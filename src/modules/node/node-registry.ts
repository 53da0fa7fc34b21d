import { RequestContext } from '../../context';

/** Fetches records of one node type by row id, in key order, null for a miss; should go through a loader. */
export type NodeFetcher = (ctx: RequestContext, rowIds: readonly number[]) => Promise<Array<object | null>>;

const fetchers = new Map<string, NodeFetcher>();

/** Each module registers its node types, so node(id:) needs no list of its own. */
export function registerNodeType(typename: string, fetch: NodeFetcher): void {
  fetchers.set(typename, fetch);
}

export function nodeFetcher(typename: string): NodeFetcher | undefined {
  return fetchers.get(typename);
}

export function nodeTypeNames(): string[] {
  return [...fetchers.keys()].sort();
}
