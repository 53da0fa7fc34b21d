import {
  FieldNode,
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
  SelectionSetNode,
} from 'graphql';
import { ExportError } from './export-error';

/** One response key on the way from `data` to the rows. */
export interface Step {
  key: string;
  def: GraphQLField<unknown, unknown>;
  /** Every selection of this response key at its level (fragments may select it more than once). */
  fields: FieldNode[];
}

/**
 * One list the rows' path crosses. The outermost gives the file's groups
 * (and is paged when it is a connection); each inner one multiplies its
 * parent into one row per element, the parent's columns repeated.
 */
export interface Level {
  /** Index in the steps of the list field. */
  listIndex: number;
  /** Index in the steps of the object whose fields are this level's columns (a connection's node, a list's element). */
  objectIndex: number;
  /** Index in the steps of the field that stands for the list: the connection of `edges`, else the list itself. */
  containerIndex: number;
}

export const bad = (message: string, extra: Record<string, unknown> = {}, code = 'BAD_USER_INPUT') => ExportError.of(400, code, message, extra);

/** The fields selected under a response key at one level, looking into inline fragments. */
export function fieldsWithKey(set: SelectionSetNode | undefined, key: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === key) out.push(s);
    if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsWithKey(s.selectionSet, key));
  }
  return out;
}

export function fieldsOf(set: SelectionSetNode | undefined): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet));
  }
  return out;
}

export function fieldDef(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

export const isList = (def: GraphQLField<unknown, unknown>) => isListType(getNullableType(def.type));
export const isConnection = (type: GraphQLNamedType) => !!fieldDef(type, 'edges') && !!fieldDef(type, 'pageInfo');
const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The root fields an operation exports from; the file holds one list, so more than one is refused by name. */
export function rootField(operation: OperationDefinitionNode): FieldNode {
  const roots = [...new Set(fieldsOf(operation.selectionSet).filter((f) => f.name.value !== '__typename').map(keyOf))];
  if (roots.length === 0) throw bad('the operation selects no field to export', { argument: 'query' });
  if (roots.length > 1) {
    throw bad(`a CSV file holds one list, and this operation selects ${roots.length} root fields (${roots.join(', ')}): export each in a request of its own`, {
      argument: 'query',
      fields: roots,
    });
  }
  return fieldsWithKey(operation.selectionSet, roots[0])[0];
}

/**
 * Where the rows are when the client names no path: a connection's
 * edges.node, a list field, or the one list selected inside the root field
 * (a statistics result's `groups`, a dispatch report's `rows`).
 */
export function defaultPath(schema: GraphQLSchema, root: FieldNode): string[] {
  const key = keyOf(root);
  const def = fieldDef(schema.getQueryType()!, root.name.value)!;
  const type = getNamedType(def.type);
  if (isList(def) || !root.selectionSet) return [key];
  const selected = fieldsOf(root.selectionSet);
  if (isConnection(type)) {
    const edges = selected.find((f) => f.name.value === 'edges');
    const node = fieldsOf(edges?.selectionSet).find((f) => f.name.value === 'node');
    if (!edges || !node) throw bad(`select edges { node { … } } under ${key} to export its rows, or give a path`, { argument: 'path' });
    return [key, keyOf(edges), keyOf(node)];
  }
  const lists = selected.filter((f) => {
    const d = fieldDef(type, f.name.value);
    return d && isList(d);
  });
  // Lists of objects (groups, rows) before lists of scalars (a result's groupBy).
  const objectLists = lists.filter((f) => f.selectionSet);
  const candidates = objectLists.length > 0 ? objectLists : lists;
  if (candidates.length > 1) throw bad(`${key} selects several lists (${candidates.map(keyOf).join(', ')}); give a path`, { argument: 'path' });
  return candidates.length === 1 ? [key, keyOf(candidates[0])] : [key];
}

/** The definition of a selected field, on its parent type or on the type condition of the fragment that selects it (`... on TrainingCohort`). */
function definitionIn(schema: GraphQLSchema, type: GraphQLNamedType, set: SelectionSetNode | undefined, field: FieldNode): GraphQLField<unknown, unknown> | undefined {
  const own = fieldDef(type, field.name.value);
  if (own) return own;
  for (const s of set?.selections ?? []) {
    if (s.kind !== Kind.INLINE_FRAGMENT) continue;
    const condition = s.typeCondition ? schema.getType(s.typeCondition.name.value) : type;
    if (condition && fieldsWithKey(s.selectionSet, keyOf(field)).includes(field)) return definitionIn(schema, condition, s.selectionSet, field);
  }
  return undefined;
}

/** The steps of a path of response keys, each checked to be selected where the path says. */
export function stepsOf(schema: GraphQLSchema, operation: OperationDefinitionNode, keys: string[]): Step[] {
  const steps: Step[] = [];
  let type: GraphQLNamedType = schema.getQueryType()!;
  let set: SelectionSetNode | undefined = operation.selectionSet;
  for (const [i, key] of keys.entries()) {
    const fields = fieldsWithKey(set, key);
    const def: GraphQLField<unknown, unknown> | undefined = fields.length > 0 ? definitionIn(schema, type, set, fields[0]) : undefined;
    if (!def) throw bad(`path: "${key}" is not selected at ${keys.slice(0, i).join('.') || 'the root'}`, { argument: 'path' });
    steps.push({ key, def, fields });
    type = getNamedType(def.type);
    set = fields[0].selectionSet;
  }
  return steps;
}

/** The lists on the path, each with the object that carries its columns and the field that stands for it. */
export function levelsOf(steps: Step[]): Level[] {
  const lists = steps.flatMap((s, i) => (isList(s.def) ? [i] : []));
  const containerOf = (listIndex: number) =>
    listIndex > 0 && steps[listIndex].def.name === 'edges' && isConnection(getNamedType(steps[listIndex - 1].def.type)) ? listIndex - 1 : listIndex;
  return lists.map((listIndex, j) => {
    const objectIndex = j + 1 < lists.length ? containerOf(lists[j + 1]) - 1 : steps.length - 1;
    if (objectIndex < listIndex) {
      throw bad(`path: ${steps.map((s) => s.key).join('.')} goes from one list straight into another; a row needs an object between them`, { argument: 'path' });
    }
    return { listIndex, objectIndex, containerIndex: containerOf(listIndex) };
  });
}
