import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum from a value list and one description per value
 * (English — 中文), and returns the enum object type-graphql decorators take.
 * Requiring a description per value keeps every enum value documented.
 */
export function graphqlEnum<V extends string>(name: string, description: string, values: Record<V, string>): Record<V, V> {
  const object = Object.fromEntries(Object.keys(values).map((v) => [v, v])) as Record<V, V>;
  registerEnumType(object, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([v, d]) => [v, { description: d as string }])) as never,
  });
  return object;
}
