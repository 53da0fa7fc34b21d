import { getNamedType, GraphQLNamedType, GraphQLSchema, isAbstractType, isInterfaceType, isObjectType, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { PERSON_RECORD_TYPES } from '../auth/permissions';

/**
 * The types of person records (PERSON_RECORD_TYPES: the person types, and
 * inheritors and start-up loans, which name a person) an operation reads,
 * through any field or type condition: what makes an export count against
 * the daily quota of person rows and write its audit event. With
 * `possible`, also every person-record type an abstract field could return.
 */
export function personTypesIn(schema: GraphQLSchema, operation: OperationDefinitionNode, options: { possible?: boolean } = {}): string[] {
  const found = new Set<string>();
  const note = (type: GraphQLNamedType) => {
    if (PERSON_RECORD_TYPES.has(type.name)) found.add(type.name);
    // `possible`: a field of an abstract type (node(id:), a union) may return person records whatever it selects.
    if (options.possible && isAbstractType(type)) for (const possible of schema.getPossibleTypes(type)) if (PERSON_RECORD_TYPES.has(possible.name)) found.add(possible.name);
  };
  const walk = (type: GraphQLNamedType, set: SelectionSetNode) => {
    note(type);
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(condition ?? type, selection.selectionSet);
      } else if (selection.kind === Kind.FIELD && (isObjectType(type) || isInterfaceType(type))) {
        const def = type.getFields()[selection.name.value];
        if (!def) continue;
        const named = getNamedType(def.type);
        note(named);
        if (selection.selectionSet) walk(named, selection.selectionSet);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(root, operation.selectionSet);
  return [...found].sort();
}
