import {
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  SelectionSetNode,
} from 'graphql';

/** One CSV column: where its value sits in a row object (response keys), and its header. */
export interface Column {
  path: string[];
  header: string;
}

export type HeaderStyle = 'keys' | 'labels';

/** The Chinese term of a bilingual description ("English — 中文"), else the field's name. */
function label(description: string | null | undefined, fallback: string): string {
  const at = description?.lastIndexOf(' — ') ?? -1;
  return description && at >= 0 ? description.slice(at + 3).trim() : fallback;
}

/**
 * The columns a row's selection asks for, in selection order: every leaf
 * field (nested objects flattened as `region.name`), and every list as one
 * column. Headers are the dotted response keys, or with `labels` the Chinese
 * terms of the fields' descriptions (地区·名称).
 */
export function columnsOf(schema: GraphQLSchema, rowType: GraphQLNamedType, selectionSet: SelectionSetNode | undefined, style: HeaderStyle, rowKey: string): Column[] {
  if (!selectionSet) return [{ path: [], header: rowKey }];
  const columns = new Map<string, Column>();
  const walk = (type: GraphQLNamedType, set: SelectionSetNode, prefix: string[], labels: string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(condition ?? type, selection.selectionSet, prefix, labels);
        continue;
      }
      if (selection.kind !== 'Field') continue;
      const key = selection.alias?.value ?? selection.name.value;
      const path = [...prefix, key];
      const id = path.join('.');
      const def = (isObjectType(type) || isInterfaceType(type)) && selection.name.value !== '__typename' ? type.getFields()[selection.name.value] : undefined;
      const name = label(def?.description, selection.name.value === '__typename' ? '类型' : key);
      const isList = def ? isListType(getNullableType(def.type)) : false;
      if (!selection.selectionSet || isList || !def) {
        if (!columns.has(id)) columns.set(id, { path, header: style === 'labels' ? [...labels, name].join('·') : id });
      } else {
        walk(getNamedType(def.type), selection.selectionSet, path, [...labels, name]);
      }
    }
  };
  walk(rowType, selectionSet, [], []);
  return [...columns.values()];
}

/** A cell's text: empty for null, lists of scalars joined with "; ", anything structured as JSON. */
export function cellText(row: unknown, path: readonly string[]): string {
  let value: unknown = row;
  for (const key of path) {
    if (value === null || value === undefined || typeof value !== 'object') return '';
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.every((v) => v === null || typeof v !== 'object') ? value.map((v) => (v === null ? '' : String(v))).join('; ') : JSON.stringify(value);
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
