import {
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  SelectionSetNode,
} from 'graphql';
import { ExportError } from './export-error';

/** One CSV column: which level of a row its value is read from, where in that object (response keys), and its header. */
export interface Column {
  /** 0 for the outermost list's object, the last level for the row itself (see ExportPlan.levels). */
  level: number;
  path: string[];
  header: string;
}

export type HeaderStyle = 'keys' | 'labels';

/**
 * The Chinese term of a bilingual description ("English — 中文"), else the
 * field's name. Only the first paragraph counts: the schema appends notes
 * (which permission a field needs) as paragraphs of their own.
 */
export function label(description: string | null | undefined, fallback: string): string {
  const first = description?.split('\n\n')[0];
  const at = first?.lastIndexOf(' — ') ?? -1;
  return first && at >= 0 ? first.slice(at + 3).trim() : fallback;
}

const isConnectionType = (type: GraphQLNamedType) => (isObjectType(type) || isInterfaceType(type)) && !!type.getFields().edges && !!type.getFields().pageInfo;

export interface LevelColumns {
  level: number;
  /** Dotted response keys from `data` to this level's object, for error messages. */
  where: string;
  /** Header prefix: none for the row itself, the parent list's key (and its term) for a parent. */
  prefix: { key: string; label: string } | null;
  /** The response key that continues the rows' path below a parent: not a column of it. */
  continuation: string | null;
}

/**
 * The columns one level of a row asks for, in selection order: every leaf
 * field (nested objects flattened as `region.name`), lists of plain values
 * as one cell. A list of objects cannot be a cell: inside the row itself it
 * is refused with the path that would make it the rows, beside a parent's
 * continuation it is refused as a second list (the file follows one list
 * per level). Headers are the dotted response keys, or with `labels` the
 * Chinese terms of the fields' descriptions (地区·名称).
 */
export function columnsOf(
  schema: GraphQLSchema,
  rowType: GraphQLNamedType,
  selectionSets: ReadonlyArray<SelectionSetNode | undefined>,
  style: HeaderStyle,
  rowKey: string,
  at: LevelColumns,
): Column[] {
  const columns = new Map<string, Column>();
  const header = (keys: string[], labels: string[]) => {
    if (style === 'labels') return [...(at.prefix ? [at.prefix.label] : []), ...labels].join('·');
    return [...(at.prefix ? [at.prefix.key] : []), ...keys].join('.');
  };
  if (selectionSets.every((s) => !s)) return [{ level: at.level, path: [], header: header([rowKey], [rowKey]) }];
  const walk = (type: GraphQLNamedType, set: SelectionSetNode, prefix: string[], labels: string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(condition ?? type, selection.selectionSet, prefix, labels);
        continue;
      }
      if (selection.kind !== 'Field') continue;
      const key = selection.alias?.value ?? selection.name.value;
      if (prefix.length === 0 && key === at.continuation) continue;
      const path = [...prefix, key];
      const id = path.join('.');
      const def: GraphQLField<unknown, unknown> | undefined =
        (isObjectType(type) || isInterfaceType(type)) && selection.name.value !== '__typename' ? type.getFields()[selection.name.value] : undefined;
      const name = label(def?.description, selection.name.value === '__typename' ? '类型' : key);
      const named = def ? getNamedType(def.type) : undefined;
      const list = def ? isListType(getNullableType(def.type)) : false;
      if (named && list && isCompositeType(named)) {
        // A connection's edges stand for the connection: name it, and its edges' node as the rows.
        const edgesOfConnection = selection.name.value === 'edges' && isConnectionType(type) && prefix.length > 0;
        const node = selection.selectionSet?.selections.find((s) => s.kind === 'Field' && s.name.value === 'node');
        const nodeKey = node?.kind === 'Field' ? (node.alias?.value ?? 'node') : 'node';
        throw edgesOfConnection ? nestedList(at, prefix, [...path, nodeKey]) : nestedList(at, path, path);
      }
      if (!selection.selectionSet || list || !def) {
        if (!columns.has(id)) columns.set(id, { level: at.level, path, header: header(path, [...labels, name]) });
      } else {
        walk(getNamedType(def.type), selection.selectionSet, path, [...labels, name]);
      }
    }
  };
  for (const set of selectionSets) if (set) walk(rowType, set, [], []);
  return [...columns.values()];
}

function nestedList(at: LevelColumns, keys: string[], rowKeys: string[]): ExportError {
  const field = `${at.where}.${keys.join('.')}`;
  if (at.continuation !== null) {
    return ExportError.of(
      400,
      'BAD_USER_INPUT',
      `${field} is a second list beside the rows' path (which goes on through ${at.where}.${at.continuation}): a file follows one list per level, so leave it out or export it on its own`,
      { argument: 'path', field },
    );
  }
  const rows = `${at.where}.${rowKeys.join('.')}`;
  return ExportError.of(
    400,
    'BAD_USER_INPUT',
    `${field} is a list inside each row, and a CSV cell holds one value: make it the rows with path "${rows}" (each of its rows then repeats the columns of the row it belongs to), or leave it out`,
    { argument: 'path', field },
  );
}

/** A cell's text: empty for null, a list of plain values joined with "; ". Objects never reach a cell (the plan refuses them). */
export function cellText(row: unknown, path: readonly string[]): string {
  let value: unknown = row;
  for (const key of path) {
    if (value === null || value === undefined || typeof value !== 'object') return '';
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (v === null || v === undefined ? '' : plain(v))).join('; ');
  return plain(value);
}

function plain(value: unknown): string {
  if (typeof value === 'object') throw new Error('an object reached a CSV cell; the export plan should have refused its field');
  return String(value);
}
