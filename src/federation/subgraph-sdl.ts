import {
  ConstDirectiveNode,
  DefinitionNode,
  DocumentNode,
  FieldDefinitionNode,
  GraphQLSchema,
  Kind,
  NamedTypeNode,
  ObjectTypeDefinitionNode,
  parse,
  printSchema,
  TypeNode,
  parseType,
} from 'graphql';
import { ENTITIES, INTERNAL_FIELDS, ROOT_FIELDS, SHARED_ENTITIES, SHARED_ROOT_FIELDS, SUBGRAPH_NAMES, SubgraphName } from './subgraph-plan';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@inaccessible"])';

type TypeDefinition = Exclude<DefinitionNode, { kind: Kind.SCHEMA_DEFINITION | Kind.SCHEMA_EXTENSION | Kind.DIRECTIVE_DEFINITION | Kind.OPERATION_DEFINITION | Kind.FRAGMENT_DEFINITION }> & {
  name: { value: string };
};

function directive(name: string, args: Record<string, string> = {}): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: Object.entries(args).map(([arg, value]) => ({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg }, value: { kind: Kind.STRING, value } })),
  };
}

function withDirectives<T extends { directives?: readonly ConstDirectiveNode[] }>(node: T, ...added: ConstDirectiveNode[]): T {
  return { ...node, directives: [...(node.directives ?? []), ...added] };
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function fieldNamed(name: string, type: string, description: string, directives: ConstDirectiveNode[]): FieldDefinitionNode {
  return {
    kind: Kind.FIELD_DEFINITION,
    name: { kind: Kind.NAME, value: name },
    description: { kind: Kind.STRING, value: description, block: false },
    arguments: [],
    // A type reference in SDL syntax: `Boolean`, `[String!]!`.
    type: parseType(type, { noLocation: true }),
    directives,
  };
}

/** The object type with only the fields kept. */
function keepFields(node: ObjectTypeDefinitionNode, keep: (field: FieldDefinitionNode) => boolean): ObjectTypeDefinitionNode {
  return { ...node, fields: (node.fields ?? []).filter(keep) };
}

/** One subgraph's types before pruning and sharing: roots, owned entities, extended entities. */
function subgraphTypes(single: DocumentNode, subgraph: SubgraphName): Map<string, TypeDefinition> {
  const types = new Map<string, TypeDefinition>();
  for (const definition of single.definitions) if ('name' in definition && definition.name) types.set(definition.name.value, definition as TypeDefinition);
  const roots = { Query: [...ROOT_FIELDS[subgraph].query, ...SHARED_ROOT_FIELDS], Mutation: [...ROOT_FIELDS[subgraph].mutation] };
  for (const [root, names] of Object.entries(roots)) {
    const node = types.get(root) as ObjectTypeDefinitionNode | undefined;
    if (!node) continue;
    const kept = keepFields(node, (f) => names.includes(f.name.value));
    const shared = kept.fields!.map((f) => ((SHARED_ROOT_FIELDS as readonly string[]).includes(f.name.value) ? withDirectives(f, directive('shareable')) : f));
    if (shared.length === 0) types.delete(root);
    else types.set(root, { ...kept, fields: shared });
  }
  for (const [name, plan] of Object.entries(ENTITIES)) {
    const node = types.get(name) as ObjectTypeDefinitionNode;
    const byName = new Map((node.fields ?? []).map((f) => [f.name.value, f]));
    const key = directive('key', { fields: plan.key });
    if (plan.owner === subgraph) {
      const owned = keepFields(node, (f) => !(f.name.value in plan.extendedBy));
      const internal = Object.entries(INTERNAL_FIELDS[subgraph][name] ?? {}).map(([field, spec]) => fieldNamed(field, spec.type, spec.description, [directive('inaccessible')]));
      types.set(name, withDirectives({ ...owned, fields: [...owned.fields!, ...internal] }, key));
      continue;
    }
    const fields: FieldDefinitionNode[] = [byName.get(plan.key)!];
    for (const [field, spec] of Object.entries(plan.extendedBy)) {
      if (spec.requires) {
        for (const needed of spec.requires.split(' ')) {
          const internal = INTERNAL_FIELDS[plan.owner][name]?.[needed];
          const base = byName.get(needed) ?? fieldNamed(needed, internal!.type, internal!.description, []);
          if (!fields.some((f) => f.name.value === needed)) fields.push({ ...base, directives: [directive('external')] });
        }
        fields.push(withDirectives(byName.get(field)!, directive('requires', { fields: spec.requires })));
      } else fields.push(byName.get(field)!);
    }
    // The stub implements nothing: the owner's type carries the Node interface and its global id.
    types.set(name, withDirectives({ ...node, interfaces: [], fields }, key));
  }
  for (const [name, spec] of Object.entries(SHARED_ENTITIES)) {
    const node = types.get(name) as ObjectTypeDefinitionNode;
    types.set(name, withDirectives(node, directive('key', { fields: spec.key }), directive('shareable')));
  }
  return prune(types);
}

/** The types reachable from the roots and the entities (which `_entities` reaches), interfaces kept for their implementations. */
function prune(types: Map<string, TypeDefinition>): Map<string, TypeDefinition> {
  const reached = new Set<string>();
  const queue = ['Query', 'Mutation', ...Object.keys(ENTITIES), ...Object.keys(SHARED_ENTITIES)].filter((t) => types.has(t));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (reached.has(name) || !types.has(name)) continue;
    reached.add(name);
    const node = types.get(name)! as TypeDefinition & {
      fields?: ReadonlyArray<{ type: TypeNode; arguments?: ReadonlyArray<{ type: TypeNode }> }>;
      interfaces?: readonly NamedTypeNode[];
      types?: readonly NamedTypeNode[];
    };
    for (const field of node.fields ?? []) {
      queue.push(namedTypeOf(field.type));
      for (const arg of field.arguments ?? []) queue.push(namedTypeOf(arg.type));
    }
    for (const i of node.interfaces ?? []) queue.push(i.name.value);
    for (const t of node.types ?? []) queue.push(t.name.value);
  }
  return new Map([...types].filter(([name]) => reached.has(name)));
}

const ROOTS = new Set(['Query', 'Mutation']);

/**
 * The SDL of both subgraphs, from the single process's schema: value types
 * both subgraphs return (PageInfo, shared enums' object types) are marked
 * @shareable, since each resolves them for its own records.
 */
export function subgraphDocuments(single: GraphQLSchema): Record<SubgraphName, DocumentNode> {
  const document = parse(printSchema(single));
  const typesOf = Object.fromEntries(SUBGRAPH_NAMES.map((s) => [s, subgraphTypes(document, s)])) as Record<SubgraphName, Map<string, TypeDefinition>>;
  const inBoth = [...typesOf.culture.keys()].filter((name) => typesOf.hr.has(name));
  const out = {} as Record<SubgraphName, DocumentNode>;
  for (const subgraph of SUBGRAPH_NAMES) {
    const definitions = [...typesOf[subgraph].values()].map((node) => {
      const name = node.name.value;
      if (node.kind !== Kind.OBJECT_TYPE_DEFINITION || ROOTS.has(name) || name in ENTITIES || name in SHARED_ENTITIES || !inBoth.includes(name)) return node;
      return withDirectives(node, directive('shareable'));
    });
    const link = parse(FEDERATION_LINK).definitions;
    out[subgraph] = { kind: Kind.DOCUMENT, definitions: [...link, ...definitions] };
  }
  return out;
}
