import { HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, OperationDefinitionNode, OperationTypeNode, valueFromASTUntyped, visit } from 'graphql';
import { isSearchText, MAX_SEARCH_TEXT_LENGTH, MAX_TEXT_ARGUMENT_LENGTH, requireTextLength } from '../../shared/filters/text-limits';

function checkValue(path: string, name: string, value: unknown): void {
  if (typeof value === 'string') {
    requireTextLength(path, value, isSearchText(name) ? MAX_SEARCH_TEXT_LENGTH : MAX_TEXT_ARGUMENT_LENGTH);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(`${path}[${i}]`, name, item));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) checkValue(`${path}.${key}`, key, inner);
  }
}

/**
 * Every text a query passes as an argument, literal or variable, at any
 * depth of an input object, is held to a length before anything runs:
 * search texts to MAX_SEARCH_TEXT_LENGTH, everything else (ids, codes,
 * cursors) to MAX_TEXT_ARGUMENT_LENGTH. The error names the argument path
 * (`filter.nameContains`, `filter.itemKeys[1]`). Mutations are left to the
 * filing rules, which report each field's own maximum in the payload.
 */
export function checkTextArguments(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | null {
  if (operation.operation !== OperationTypeNode.QUERY) return null;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  try {
    for (const definition of [operation, ...fragments]) {
      visit(definition, {
        Argument(node) {
          checkValue(node.name.value, node.name.value, valueFromASTUntyped(node.value, variables));
        },
      });
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // Refused before execution: a 400, like the other request limits.
    error.extensions.http = { status: 400, headers: new HeaderMap() };
    return error;
  }
  return null;
}

