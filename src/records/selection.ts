import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLBoolean,
  GraphQLField,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isObjectType,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';

/** One selected field of an object type: its definition, its nodes (a field may be asked more than once) and its arguments. */
export interface SelectedField {
  responseKey: string;
  definition: GraphQLField<unknown, unknown>;
  nodes: FieldNode[];
  args: Record<string, unknown>;
}

type Variables = GraphQLResolveInfo['variableValues'];
type Fragments = GraphQLResolveInfo['fragments'];

/** `@skip(if:)` / `@include(if:)` of a node, as the executor applies them. */
function included(node: { directives?: readonly import('graphql').DirectiveNode[] }, variables: Variables): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((a) => a.name.value === 'if');
    const condition = argument ? valueFromAST(argument.value, GraphQLBoolean, variables) : undefined;
    if (name === 'skip' && condition === true) return false;
    if (name === 'include' && condition === false) return false;
  }
  return true;
}

function collect(type: GraphQLObjectType, set: SelectionSetNode | undefined, fragments: Fragments, variables: Variables, into: Map<string, FieldNode[]>): void {
  for (const selection of set?.selections ?? []) {
    if (!included(selection, variables)) continue;
    if (selection.kind === 'Field') {
      const key = selection.alias?.value ?? selection.name.value;
      const list = into.get(key);
      if (list) list.push(selection);
      else into.set(key, [selection]);
    } else if (selection.kind === 'InlineFragment') {
      const on = selection.typeCondition?.name.value;
      if (!on || on === type.name || type.getInterfaces().some((i) => i.name === on)) collect(type, selection.selectionSet, fragments, variables, into);
    } else {
      const fragment: FragmentDefinitionNode | undefined = fragments[selection.name.value];
      const on = fragment?.typeCondition.name.value;
      if (fragment && (on === type.name || type.getInterfaces().some((i) => i.name === on))) collect(type, fragment.selectionSet, fragments, variables, into);
    }
  }
}

/**
 * The fields selected on an object type under the given field nodes, merged
 * by response key, with their argument values (variables and defaults
 * applied, as resolvers receive them).
 */
export function selectedFields(type: GraphQLObjectType, nodes: readonly FieldNode[], info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>): SelectedField[] {
  const byKey = new Map<string, FieldNode[]>();
  for (const node of nodes) collect(type, node.selectionSet, info.fragments, info.variableValues, byKey);
  const fields = type.getFields();
  const out: SelectedField[] = [];
  for (const [responseKey, fieldNodes] of byKey) {
    const definition = fields[fieldNodes[0].name.value];
    if (!definition) continue; // __typename and the like
    out.push({ responseKey, definition, nodes: fieldNodes, args: getArgumentValues(definition, fieldNodes[0], info.variableValues) });
  }
  return out;
}

/** The object type a field returns, through lists and non-null; null for scalars and abstract types. */
export function objectTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType | null {
  const named = getNamedType(field.type);
  return isObjectType(named) ? named : null;
}

/** The node type's fields selected under a connection field (`edges { node { … } }`), and whether `totalCount` is asked. */
export function connectionSelection(
  connection: GraphQLObjectType,
  nodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
): { node: GraphQLObjectType; fields: SelectedField[]; totalCount: boolean } | null {
  const top = selectedFields(connection, nodes, info);
  const edges = top.find((f) => f.definition.name === 'edges');
  const edgeType = edges && objectTypeOf(edges.definition);
  const totalCount = top.some((f) => f.definition.name === 'totalCount');
  if (!edges || !edgeType) return null;
  const node = selectedFields(edgeType, edges.nodes, info).find((f) => f.definition.name === 'node');
  const nodeType = node && objectTypeOf(node.definition);
  if (!node || !nodeType) return null;
  return { node: nodeType, fields: selectedFields(nodeType, node.nodes, info), totalCount };
}

/** Arguments compared by value, whatever their key order or class: the identity of a page. */
export function argumentsKey(args: unknown): string {
  return JSON.stringify(args, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}
