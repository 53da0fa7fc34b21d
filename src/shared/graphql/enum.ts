import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum from one description per value (English — 中文)
 * and returns the enum object type-graphql decorators take. Requiring a
 * description per value keeps every enum value documented.
 *
 * An enum that mirrors a database enum takes the database's value list too
 * (`graphqlEnum('IchLevel', '…', ICH_LEVELS, { NATIONAL: '…', … })`): the
 * descriptions are then typed by that list, so the compiler refuses a value
 * the database lacks and misses none it has.
 */
export function graphqlEnum<V extends string>(name: string, description: string, values: Record<V, string>): Record<V, V>;
export function graphqlEnum<V extends string>(name: string, description: string, databaseValues: readonly V[], values: Record<NoInfer<V>, string>): Record<V, V>;
export function graphqlEnum<V extends string>(name: string, description: string, listOrValues: readonly V[] | Record<V, string>, maybeValues?: Record<V, string>): Record<V, V> {
  const values = (Array.isArray(listOrValues) ? maybeValues : listOrValues) as Record<V, string>;
  const names = (Array.isArray(listOrValues) ? listOrValues : Object.keys(values)) as readonly V[];
  if (Array.isArray(listOrValues) && Object.keys(values).sort().join() !== [...names].sort().join()) {
    // Only a cast can get here past the compiler; the schema must not drift from the database quietly.
    throw new Error(`GraphQL enum ${name} does not describe exactly the database values ${names.join(', ')}`);
  }
  const object = Object.fromEntries(names.map((v) => [v, v])) as Record<V, V>;
  registerEnumType(object, {
    name,
    description,
    valuesConfig: Object.fromEntries(names.map((v) => [v, { description: values[v] }])) as never,
  });
  return object;
}
