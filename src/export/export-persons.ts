import { getNamedType, GraphQLNamedType, GraphQLSchema, isInterfaceType, isObjectType, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { PERSON_RECORD_TYPES } from '../auth/permissions';

/**
 * The types of person records (PERSON_RECORD_TYPES: the person types, and
 * inheritors and start-up loans, which name a person) an operation reads,
 * through any field or type condition: what makes an export count against
 * the daily quota of person rows and write its audit event.
 */
export function personTypesIn(schema: GraphQLSchema, operation: OperationDefinitionNode): string[] {
  const found = new Set<string>();
  const walk = (type: GraphQLNamedType, set: SelectionSetNode) => {
    if (PERSON_RECORD_TYPES.has(type.name)) found.add(type.name);
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(condition ?? type, selection.selectionSet);
      } else if (selection.kind === Kind.FIELD && (isObjectType(type) || isInterfaceType(type))) {
        const def = type.getFields()[selection.name.value];
        if (!def) continue;
        const named = getNamedType(def.type);
        if (PERSON_RECORD_TYPES.has(named.name)) found.add(named.name);
        if (selection.selectionSet) walk(named, selection.selectionSet);
      }
    }
  };
  walk(schema.getQueryType()!, operation.selectionSet);
  return [...found].sort();
}
