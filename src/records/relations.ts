import type { RequestContext } from '../context';
import { ConnectionValue } from '../shared/relay/connection';
import type { AnyRecordDefinition } from './record-definition';
import { argumentsKey } from './selection';

/**
 * How a GraphQL field of one record type reaches another record type:
 * - `page`: a Relay connection of children through a link of the child's definition;
 * - `list`: every child whose `column` (or link) equals the parent's key, in `orderBy` order;
 * - `one`: the child whose row id the parent's `parentKey` column holds.
 * `parentKey` is the parent record's property holding the key (`id` for its row id).
 */
export type RelationSpec =
  | { kind: 'page'; parent: AnyRecordDefinition; field: string; child: AnyRecordDefinition; link: string; parentKey: string }
  | { kind: 'list'; parent: AnyRecordDefinition; field: string; child: AnyRecordDefinition; column: string; parentKey: string; orderBy?: string }
  | { kind: 'one'; parent: AnyRecordDefinition; field: string; child: AnyRecordDefinition; parentKey: string };

export interface Relation<S extends RelationSpec = RelationSpec> {
  readonly spec: S;
  /** `<ParentType>.<field>`. */
  readonly id: string;
  /** Whether parent and child live in the same database, so a chain of them can be one statement. */
  readonly sameSource: boolean;
  /** The key of a parent record, as the child rows hold it; null when the parent has none. */
  keyOf(parent: object): string | number | null;
}

const relations = new Map<string, Relation>();

/** Declares a relation once: resolvers resolve through it, and the chain planner finds it by type and field. */
export function defineRelation<S extends RelationSpec>(spec: S): Relation<S> {
  const id = `${spec.parent.typename}.${spec.field}`;
  const property = spec.parentKey === 'id' ? 'rowId' : spec.parentKey;
  const relation: Relation<S> = {
    spec,
    id,
    sameSource: spec.parent.source === spec.child.source,
    keyOf: (parent) => {
      const value = (parent as Record<string, unknown>)[property];
      return value === null || value === undefined ? null : (value as string | number);
    },
  };
  relations.set(id, relation);
  return relation;
}

export function relationOf(typename: string, field: string): Relation | undefined {
  return relations.get(`${typename}.${field}`);
}

/** Where a chain statement leaves the answers of the levels below the one a resolver asked for: by relation, arguments (argumentsKey) and parent key. */
export function prefetchKey(relation: Relation, argsKey: string, parentKey: string | number): string {
  return `${relation.id}|${argsKey}|${String(parentKey)}`;
}

/** The answer for one parent, from what a chain statement fetched ahead, if it did. */
export function prefetched<T>(ctx: RequestContext, relation: Relation, args: unknown, parentKey: string | number): T | undefined {
  return ctx.loaders.prefetched.get(prefetchKey(relation, argumentsKey(args), parentKey)) as T | undefined;
}

export function emptyPage(): ConnectionValue<never> {
  return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
}
