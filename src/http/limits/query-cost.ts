import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/relay/paging';

/** What a plain (unpaged) list is assumed to hold. */
export const SHORT_LIST_SIZE = 5;

/**
 * The cost model, in one place so partners can predict it (README, "Query
 * limits"):
 *
 * - a field returning an object costs 1 per object returned; a scalar or
 *   enum costs 0, except `totalCount`, which is a COUNT statement (1);
 * - `edges` and `pageInfo` are wrappers and cost nothing themselves;
 * - a field with `first`/`last` (a connection) multiplies what is under its
 *   `edges`/`nodes` by the page size asked for (default 20; capped at the
 *   100 a page can hold, so `first: 1000` gets its BAD_USER_INPUT from the
 *   resolver instead of a cost error);
 * - any other list multiplies its items by the length of its list argument
 *   (`nodes(ids:)`), or else by 5: lists that can grow long are connections,
 *   so a plain list is a short one (a workshop's recognitions);
 * - a field may declare its own weight with type-graphql's
 *   `@Extensions({ cost: n })` (and `listSize: n` for a list).
 *
 * Fragments are costed once per type condition and page size and reused.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults[definition.variable.name.value] = literal(definition.defaultValue, {});
  }
  const values = { ...defaults, ...variables };
  const memo = new Map<string, number>();

  const argument = (node: FieldNode, name: string): unknown => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    return arg ? literal(arg.value, values) : undefined;
  };

  const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined => {
    if (!field.args.some((a) => a.name === 'first' || a.name === 'last')) return undefined;
    const asked = argument(node, 'first') ?? argument(node, 'last');
    const size = typeof asked === 'number' && Number.isFinite(asked) ? asked : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(Math.trunc(size), 0), MAX_PAGE_SIZE);
  };

  const listSizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const declared = field.extensions?.listSize;
    if (typeof declared === 'number') return declared;
    for (const arg of field.args) {
      if (!isListType(getNullableType(arg.type))) continue;
      const value = argument(node, arg.name);
      if (Array.isArray(value)) return value.length;
    }
    return SHORT_LIST_SIZE;
  };

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        const type = getNamedType(field.type);
        const childPage = pageSizeOf(field, selection);
        const children = selection.selectionSet && isCompositeType(type) ? selectionCost(selection.selectionSet, type, childPage) : 0;
        const declared = field.extensions?.cost;
        const weight =
          typeof declared === 'number' ? declared : isLeafType(type) ? (name === 'totalCount' ? 1 : 0) : name === 'edges' || name === 'pageInfo' ? 0 : 1;
        const isList = isListType(getNullableType(field.type));
        const factor = !isList ? 1 : pageSize !== undefined && (name === 'edges' || name === 'nodes') ? pageSize : listSizeOf(field, selection);
        total += factor * (weight + children);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += selectionCost(selection.selectionSet, type, pageSize);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type)) continue;
        const key = `${fragment.name.value}:${pageSize ?? ''}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          cost = selectionCost(fragment.selectionSet, type, pageSize);
          memo.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, undefined) : 0;
}

/** The JavaScript value of an argument literal, with variables substituted. */
function literal(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    default:
      return undefined;
  }
}
