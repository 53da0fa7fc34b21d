import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  parse,
  SelectionNode,
  SelectionSetNode,
  validate,
} from 'graphql';
import { Column, columnsOf, HeaderStyle, label } from './export-columns';
import { ExportError } from './export-error';
import { bad, defaultPath, Level, levelsOf, rootField, Step, stepsOf } from './export-path';
import { personTypesIn } from '../http/person-types';
import { locateOperation, pagesOperation } from './export-prune';

export { EXPORT_NAMES } from './export-prune';

/** Where a paged export starts and how far it goes, from the connection's own arguments. */
export interface ExportBounds {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
}

export interface ExportPlan {
  /** The operation alone, pruned to the path of the rows (and the page info and cursors when paging). */
  document: DocumentNode;
  /** The operation that finds where the last N rows begin, for `last`; null without paging. */
  locateDocument: DocumentNode | null;
  operationName: string | null;
  /** Response keys from `data` to a row. */
  rowKeys: string[];
  /** The lists on the path, outermost first; empty when the path ends at one object (one row). */
  levels: Level[];
  /** Index in rowKeys of the connection paged with cursors; null when the result comes in one piece. */
  connectionIndex: number | null;
  bounds: ExportBounds;
  columns: Column[];
  /** Response key of the root field, for the file name. */
  rootKey: string;
  /** The GraphQL types describing natural persons that the file carries (PERSON_TYPES), sorted; empty for none. */
  personTypes: string[];
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

const asUserInput = (errors: readonly GraphQLError[]) => new ExportError(400, errors.map((e) => ({ message: e.message, extensions: { code: 'BAD_USER_INPUT' } })));

/** first/after/last/before of the paged connection, with the variables' values, checked as an export reads them. */
function boundsOf(schema: GraphQLSchema, operation: OperationDefinitionNode, step: Step, where: string, variables: Record<string, unknown>): ExportBounds {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw asUserInput(coerced.errors);
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(step.def, step.fields[0], coerced.coerced);
  } catch (error) {
    throw asUserInput([error as GraphQLError]);
  }
  const count = (name: 'first' | 'last') => {
    const value = args[name];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || value < 0) throw bad(`${where}.${name}: must be a whole number of rows, 0 or more, got ${value}`, { argument: `${where}.${name}` });
    return value;
  };
  const text = (name: 'after' | 'before') => (typeof args[name] === 'string' && args[name] !== '' ? (args[name] as string) : null);
  const bounds = { first: count('first'), last: count('last'), after: text('after'), before: text('before') };
  if (bounds.first !== null && bounds.last !== null) throw bad(`${where}.last: give first (with after) or last (with before), not both`, { argument: `${where}.last` });
  if (bounds.after !== null && bounds.before !== null) throw bad(`${where}.before: give after or before, not both`, { argument: `${where}.before` });
  if (bounds.after !== null && bounds.last !== null) throw bad(`${where}.after: after goes with first; use before with last`, { argument: `${where}.after` });
  if (bounds.before !== null && bounds.last === null) {
    throw bad(`${where}.before: an export reads before a cursor with last: say how many rows with last (it may be more than a page)`, { argument: `${where}.before` });
  }
  return bounds;
}

/**
 * Checks an operation for export and plans it: the rows' path and the
 * lists it crosses, whether the outermost is a connection paged with
 * cursors (so a long list streams instead of loading at once) and how its
 * first/after/last/before bound the file, the documents to run, and the
 * columns.
 */
export function exportPlan(
  schema: GraphQLSchema,
  query: string,
  options: { operationName?: string | null; path?: string | null; headers?: HeaderStyle; variables?: Record<string, unknown> },
): ExportPlan {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    throw bad((error as Error).message, {}, 'GRAPHQL_PARSE_FAILED');
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new ExportError(400, invalid.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })));

  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = options.operationName ? operations.find((o) => o.name?.value === options.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) {
    throw bad(options.operationName ? `no operation named "${options.operationName}"` : 'the document holds several operations; name one in operationName', { argument: 'operationName' });
  }
  if (operation.operation !== OperationTypeNode.QUERY) throw bad(`only queries can be exported, not a ${operation.operation}`);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const standalone: OperationDefinitionNode = { ...operation, selectionSet: inlineFragments(operation.selectionSet, fragments) };

  const root: FieldNode = rootField(standalone);
  const keys = options.path ? options.path.split('.').filter((k) => k !== '') : defaultPath(schema, root);
  if (keys.length === 0) throw bad('path names no field', { argument: 'path' });
  const steps = stepsOf(schema, standalone, keys);
  const levels = levelsOf(steps);
  const where = (index: number) => keys.slice(0, index + 1).join('.');

  const outer = levels[0];
  const pageable = outer && outer.containerIndex === outer.listIndex - 1 && steps[outer.containerIndex].def.args.some((a) => a.name === 'after');
  const connectionIndex = pageable ? outer.containerIndex : null;
  // Any other connection on the path gives one page per parent: the query must say how long.
  for (const level of levels) {
    if (level.containerIndex === connectionIndex || level.containerIndex === level.listIndex) continue;
    const container = steps[level.containerIndex];
    const bounded = container.fields.some((f) => f.arguments?.some((a) => a.name.value === 'first' || a.name.value === 'last'));
    if (!bounded && container.def.args.some((a) => a.name === 'first')) {
      throw bad(
        `${where(level.containerIndex)} is a connection inside each row of ${where(levels[0].containerIndex)}, and gives one page per row: say how many with first (at most 100), or export one parent's list alone (through node(id:)), where it is walked to its end`,
        { argument: `${where(level.containerIndex)}.first` },
      );
    }
  }
  const bounds: ExportBounds =
    connectionIndex === null ? { first: null, after: null, last: null, before: null } : boundsOf(schema, standalone, steps[connectionIndex], where(connectionIndex), options.variables ?? {});

  const style = options.headers ?? 'keys';
  const columns: Column[] = [];
  const levelsForColumns = levels.length > 0 ? levels : [{ listIndex: -1, objectIndex: steps.length - 1, containerIndex: -1 }];
  levelsForColumns.forEach((level, j) => {
    const isRow = j === levelsForColumns.length - 1;
    const object = steps[level.objectIndex];
    const container = steps[level.containerIndex];
    columns.push(
      ...columnsOf(schema, getNamedType(object.def.type), object.fields.map((f) => f.selectionSet), style, object.key, {
        level: j,
        where: where(level.objectIndex),
        prefix: isRow ? null : { key: container.key, label: label(container.def.description, container.key) },
        continuation: isRow ? null : keys[level.objectIndex + 1],
      }),
    );
  });
  if (columns.length === 0) throw bad(`${keys.join('.')} selects no field to put in a column`);

  const shape = { steps, levels, connectionIndex };
  const pages = pagesOperation(standalone, shape);
  return {
    document: { kind: Kind.DOCUMENT, definitions: [pages] },
    locateDocument: connectionIndex === null ? null : { kind: Kind.DOCUMENT, definitions: [locateOperation(standalone, shape)] },
    operationName: operation.name?.value ?? null,
    rowKeys: keys,
    levels,
    connectionIndex,
    bounds,
    columns,
    rootKey: keys[0],
    personTypes: personTypesIn(schema, pages),
  };
}

