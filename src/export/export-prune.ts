import { ArgumentNode, FieldNode, Kind, OperationDefinitionNode, parse, SelectionNode, SelectionSetNode, VariableDefinitionNode } from 'graphql';
import type { Level, Step } from './export-path';

/** Variables and aliases the export adds to page through a connection; unlikely to meet a client's own names. */
export const EXPORT_NAMES = {
  first: 'csvExportFirst',
  after: 'csvExportAfter',
  last: 'csvExportLast',
  before: 'csvExportBefore',
  pageInfo: 'csvExportPageInfo',
  cursor: 'csvExportCursor',
  edges: 'csvExportEdges',
} as const;

export const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

export interface PathShape {
  steps: Step[];
  levels: Level[];
  /** Index in the steps of the connection paged with cursors, or null. */
  connectionIndex: number | null;
}

function firstSelection(source: string): FieldNode {
  return (parse(source).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
}

function variables(source: string): readonly VariableDefinitionNode[] {
  return (parse(source).definitions[0] as OperationDefinitionNode).variableDefinitions!;
}

const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;
type Visit = (field: FieldNode, i: number) => FieldNode;

/** Only the selections of the step's response key (and the inline fragments that hold one). */
function onlyPath(set: SelectionSetNode, i: number, steps: Step[], visit: Visit): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: set.selections.flatMap((s): SelectionNode[] => {
      if (s.kind === Kind.FIELD) return keyOf(s) === steps[i].key ? [visit(s, i)] : [];
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const inner = onlyPath(s.selectionSet, i, steps, visit);
        return inner.selections.length > 0 ? [{ ...s, selectionSet: inner }] : [];
      }
      return [];
    }),
  };
}

/** Every selection (a level's columns), with the step's response key pruned further down. */
function allBut(set: SelectionSetNode, i: number, steps: Step[], visit: Visit): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: set.selections.map((s): SelectionNode => {
      if (s.kind === Kind.FIELD) return keyOf(s) === steps[i].key ? visit(s, i) : s;
      if (s.kind === Kind.INLINE_FRAGMENT) return { ...s, selectionSet: allBut(s.selectionSet, i, steps, visit) };
      return s;
    }),
  };
}

function withArguments(field: FieldNode, extra: readonly ArgumentNode[]): readonly ArgumentNode[] {
  return [...(field.arguments ?? []).filter((a) => !PAGING_ARGUMENTS.has(a.name.value)), ...extra];
}

/**
 * The operation of every page: only the path to the rows (other root
 * fields, a connection's totalCount and the like would run for every page
 * for nothing), each parent level with its columns, the row with its whole
 * selection. The paged connection takes first/after from the export's
 * variables and adds its page info, its edges their cursors.
 */
export function pagesOperation(operation: OperationDefinitionNode, shape: PathShape): OperationDefinitionNode {
  const { steps, levels, connectionIndex } = shape;
  const parents = new Set(levels.slice(0, -1).map((l) => l.objectIndex));
  const pageInfo = firstSelection(`{ ${EXPORT_NAMES.pageInfo}: pageInfo { hasNextPage endCursor } }`);
  const cursor = firstSelection(`{ ${EXPORT_NAMES.cursor}: cursor }`);
  const paging = firstSelection(`{ f(first: $${EXPORT_NAMES.first}, after: $${EXPORT_NAMES.after}) }`).arguments!;
  const last = steps.length - 1;
  const visit: Visit = (field, i) => {
    let set = field.selectionSet;
    if (i < last) set = (parents.has(i) ? allBut : onlyPath)(field.selectionSet!, i + 1, steps, visit);
    if (connectionIndex === null) return { ...field, selectionSet: set };
    if (i === connectionIndex) return { ...field, arguments: withArguments(field, paging), selectionSet: { ...set!, selections: [...set!.selections, pageInfo] } };
    if (i === connectionIndex + 1) return { ...field, selectionSet: { ...set!, selections: [...set!.selections, cursor] } };
    return { ...field, selectionSet: set };
  };
  const added = connectionIndex === null ? [] : variables(`query ($${EXPORT_NAMES.first}: Int, $${EXPORT_NAMES.after}: String) { a }`);
  return { ...operation, variableDefinitions: [...(operation.variableDefinitions ?? []), ...added], selectionSet: onlyPath(operation.selectionSet, 0, steps, visit) };
}

/**
 * The operation that finds where the last N rows begin: the path down to
 * the paged connection, asked for `last`/`before` and only its cursors.
 */
export function locateOperation(operation: OperationDefinitionNode, shape: PathShape): OperationDefinitionNode {
  const { steps, connectionIndex } = shape;
  if (connectionIndex === null) throw new Error('locateOperation needs a paged connection');
  const edges = firstSelection(`{ ${EXPORT_NAMES.edges}: edges { cursor } }`);
  const paging = firstSelection(`{ f(last: $${EXPORT_NAMES.last}, before: $${EXPORT_NAMES.before}) }`).arguments!;
  const visit: Visit = (field, i) =>
    i === connectionIndex
      ? { ...field, arguments: withArguments(field, paging), selectionSet: { kind: Kind.SELECTION_SET, selections: [edges] } }
      : { ...field, selectionSet: onlyPath(field.selectionSet!, i + 1, steps, visit) };
  const added = variables(`query ($${EXPORT_NAMES.last}: Int, $${EXPORT_NAMES.before}: String) { a }`);
  return { ...operation, variableDefinitions: [...(operation.variableDefinitions ?? []), ...added], selectionSet: onlyPath(operation.selectionSet, 0, steps, visit) };
}
