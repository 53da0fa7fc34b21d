import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  parse,
  SelectionNode,
  SelectionSetNode,
  validate,
} from 'graphql';
import { Column, columnsOf, HeaderStyle } from './export-columns';
import { ExportError } from './export-error';

/** Variables and alias the export adds to page through a connection; unlikely to meet a client's own names. */
export const PAGE_VARIABLES = { first: 'csvExportFirst', after: 'csvExportAfter' } as const;
export const PAGE_INFO_ALIAS = 'csvExportPageInfo';

export interface ExportPlan {
  /** The operation alone, pruned to the path of the exported list (and the page info when paging). */
  document: DocumentNode;
  operationName: string | null;
  /** Response keys from `data` to a row. */
  rowKeys: string[];
  /** Index in rowKeys of the list the rows come from; null when the path ends at one object (one row). */
  listIndex: number | null;
  /** Index in rowKeys of the connection paged with cursors; null when the result comes in one piece. */
  connectionIndex: number | null;
  columns: Column[];
  /** Response key of the root field, for the file name. */
  rootKey: string;
}

interface Step {
  key: string;
  def: GraphQLField<unknown, unknown>;
  /** Every selection of this response key at its level (fragments may select it more than once). */
  fields: FieldNode[];
}

const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

const bad = (message: string, code = 'BAD_USER_INPUT', extra: Record<string, unknown> = {}) => ExportError.of(400, code, message, extra);

function firstSelection<T>(source: string): T {
  const op = parse(source).definitions[0] as OperationDefinitionNode;
  return op.selectionSet.selections[0] as T;
}

/** Named fragments spread into inline fragments, so the operation stands alone. */
function inlineFragments(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): SelectionSetNode {
  return {
    ...set,
    selections: set.selections.map((s): SelectionNode => {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(s.name.value)!;
        return { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, directives: s.directives, selectionSet: inlineFragments(fragment.selectionSet, fragments) };
      }
      if (!s.selectionSet) return s;
      return { ...s, selectionSet: inlineFragments(s.selectionSet, fragments) } as SelectionNode;
    }),
  };
}

/** The fields selected under a response key at one level, looking into inline fragments. */
function fieldsWithKey(set: SelectionSetNode | undefined, key: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === key) out.push(s);
    if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsWithKey(s.selectionSet, key));
  }
  return out;
}

function fieldsOf(set: SelectionSetNode | undefined): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet));
  }
  return out;
}

function fieldDef(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

const isList = (def: GraphQLField<unknown, unknown>) => isListType(getNullableType(def.type));
const isConnection = (type: GraphQLNamedType) => !!fieldDef(type, 'edges') && !!fieldDef(type, 'pageInfo');

/**
 * Where the rows are when the client names no path: a connection's
 * edges.node, a list field, or the one list selected inside the root field
 * (a statistics result's `groups`, a dispatch report's `rows`).
 */
function defaultPath(schema: GraphQLSchema, operation: OperationDefinitionNode): string[] {
  const root = fieldsOf(operation.selectionSet).find((f) => f.name.value !== '__typename');
  if (!root) throw bad('the operation selects no field to export');
  const key = root.alias?.value ?? root.name.value;
  const def = fieldDef(schema.getQueryType()!, root.name.value)!;
  const type = getNamedType(def.type);
  if (isList(def) || !root.selectionSet) return [key];
  const selected = fieldsOf(root.selectionSet);
  if (isConnection(type)) {
    const edges = selected.find((f) => f.name.value === 'edges');
    const node = fieldsOf(edges?.selectionSet).find((f) => f.name.value === 'node');
    if (!edges || !node) throw bad(`select edges { node { … } } under ${key} to export its rows, or give a path`, 'BAD_USER_INPUT', { argument: 'path' });
    return [key, edges.alias?.value ?? 'edges', node.alias?.value ?? 'node'];
  }
  const lists = selected.filter((f) => {
    const d = fieldDef(type, f.name.value);
    return d && isList(d);
  });
  // Lists of objects (groups, rows) before lists of scalars (a result's groupBy).
  const objectLists = lists.filter((f) => f.selectionSet);
  const candidates = objectLists.length > 0 ? objectLists : lists;
  if (candidates.length > 1) throw bad(`${key} selects several lists (${candidates.map((f) => f.alias?.value ?? f.name.value).join(', ')}); give a path`, 'BAD_USER_INPUT', { argument: 'path' });
  return candidates.length === 1 ? [key, candidates[0].alias?.value ?? candidates[0].name.value] : [key];
}

/**
 * Checks an operation for export and plans it: the rows' path, whether a
 * connection on that path is paged with cursors (so a long list streams
 * instead of loading at once), the document to run, and the columns.
 */
export function exportPlan(
  schema: GraphQLSchema,
  query: string,
  options: { operationName?: string | null; path?: string | null; headers?: HeaderStyle },
): ExportPlan {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    throw bad((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new ExportError(400, invalid.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })));

  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = options.operationName ? operations.find((o) => o.name?.value === options.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) {
    throw bad(options.operationName ? `no operation named "${options.operationName}"` : 'the document holds several operations; name one in operationName', 'BAD_USER_INPUT', { argument: 'operationName' });
  }
  if (operation.operation !== OperationTypeNode.QUERY) throw bad(`only queries can be exported, not a ${operation.operation}`);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const standalone: OperationDefinitionNode = { ...operation, selectionSet: inlineFragments(operation.selectionSet, fragments) };

  const keys = options.path ? options.path.split('.').filter((k) => k !== '') : defaultPath(schema, standalone);
  if (keys.length === 0) throw bad('path names no field', 'BAD_USER_INPUT', { argument: 'path' });
  const steps: Step[] = [];
  let type: GraphQLNamedType = schema.getQueryType()!;
  let set: SelectionSetNode | undefined = standalone.selectionSet;
  for (const [i, key] of keys.entries()) {
    const fields = fieldsWithKey(set, key);
    const def: GraphQLField<unknown, unknown> | undefined = fields.length > 0 ? fieldDef(type, fields[0].name.value) : undefined;
    if (!def) throw bad(`path: "${key}" is not selected at ${keys.slice(0, i).join('.') || 'the root'}`, 'BAD_USER_INPUT', { argument: 'path' });
    steps.push({ key, def, fields });
    type = getNamedType(def.type);
    set = fields[0].selectionSet;
  }

  const lists = steps.flatMap((s, i) => (isList(s.def) ? [i] : []));
  if (lists.length > 1) {
    throw bad(`path crosses ${lists.length} lists (${lists.map((i) => keys[i]).join(', ')}); export the inner list from a query on its parent`, 'BAD_USER_INPUT', { argument: 'path' });
  }
  const listIndex = lists.length === 1 ? lists[0] : null;
  const connection = listIndex !== null && listIndex > 0 ? steps[listIndex - 1] : undefined;
  const pages =
    connection && steps[listIndex!].def.name === 'edges' && isConnection(getNamedType(connection.def.type)) && connection.def.args.some((a) => a.name === 'after');
  const connectionIndex = pages ? listIndex! - 1 : null;

  const last = steps[steps.length - 1];
  const columns: Column[] = [];
  for (const field of last.fields) {
    for (const column of columnsOf(schema, getNamedType(last.def.type), field.selectionSet, options.headers ?? 'keys', last.key)) {
      if (!columns.some((c) => c.header === column.header)) columns.push(column);
    }
  }
  if (columns.length === 0) throw bad(`${keys.join('.')} selects no field to put in a column`);

  return {
    document: { kind: Kind.DOCUMENT, definitions: [pruned(standalone, steps, connectionIndex)] },
    operationName: operation.name?.value ?? null,
    rowKeys: keys,
    listIndex,
    connectionIndex,
    columns,
    rootKey: keys[0],
  };
}

/**
 * The operation with only the path to the rows: other root fields, a
 * connection's totalCount and the like are not run for every page. The
 * paged connection gets first/after from the export's variables and its page info.
 */
function pruned(operation: OperationDefinitionNode, steps: Step[], connectionIndex: number | null): OperationDefinitionNode {
  const pageInfo = firstSelection<FieldNode>(`{ ${PAGE_INFO_ALIAS}: pageInfo { hasNextPage endCursor } }`);
  const pagingArguments = firstSelection<FieldNode>(`{ f(first: $${PAGE_VARIABLES.first}, after: $${PAGE_VARIABLES.after}) }`).arguments as ArgumentNode[];
  const keep = (set: SelectionSetNode, i: number): SelectionSetNode => ({
    kind: Kind.SELECTION_SET,
    selections: set.selections.flatMap((s): SelectionNode[] => {
      if (s.kind === Kind.FIELD) {
        if ((s.alias?.value ?? s.name.value) !== steps[i].key) return [];
        if (i === steps.length - 1) return [s];
        const inner = keep(s.selectionSet!, i + 1);
        if (i !== connectionIndex) return [{ ...s, selectionSet: inner }];
        const args = [...(s.arguments ?? []).filter((a) => !PAGING_ARGUMENTS.has(a.name.value)), ...pagingArguments];
        return [{ ...s, arguments: args, selectionSet: { ...inner, selections: [...inner.selections, pageInfo] } }];
      }
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const inner = keep(s.selectionSet, i);
        return inner.selections.length > 0 ? [{ ...s, selectionSet: inner }] : [];
      }
      return [];
    }),
  });
  const variables =
    connectionIndex === null ? [] : (parse(`query ($${PAGE_VARIABLES.first}: Int, $${PAGE_VARIABLES.after}: String) { a }`).definitions[0] as OperationDefinitionNode).variableDefinitions!;
  return { ...operation, variableDefinitions: [...(operation.variableDefinitions ?? []), ...variables], selectionSet: keep(operation.selectionSet, 0) };
}
