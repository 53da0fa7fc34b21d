import { execute, GraphQLSchema, isObjectType, parse } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { graphqlSchema } from '../../src/schema';
import { PUBLIC_VIEWER } from '../../src/shared/auth/viewer';

/**
 * The `@Authorized(...)` decorators as they were written, mapped to the
 * GraphQL fields they guard, straight from type-graphql's decorator
 * records (not the roles the build merged, which the description generator
 * reads): a method of a resolver class is a query, a mutation or a field
 * resolver; a class decorator covers every field the class declares, or
 * every handler of the resolver.
 */
function decoratedFields(): Map<string, readonly string[]> {
  const storage = getMetadataStorage();
  const typeNameOf = (target: Function) => storage.objectTypes.find((t) => t.target === target)?.name;
  const resolverType = (target: Function) => {
    const resolver = storage.resolverClasses.find((r) => r.target === target);
    return resolver?.getObjectType ? typeNameOf(resolver.getObjectType() as Function) : undefined;
  };
  const handlersOf = (target: Function, methodName?: string): string[] => {
    const match = (h: { target: Function; methodName: string }) => h.target === target && (methodName === undefined || h.methodName === methodName);
    return [
      ...storage.queries.filter(match).map((h) => `Query.${h.schemaName}`),
      ...storage.mutations.filter(match).map((h) => `Mutation.${h.schemaName}`),
      ...storage.fieldResolvers.filter(match).map((h) => `${resolverType(target)}.${h.schemaName}`),
    ];
  };
  const declaredFields = (target: Function, name?: string) =>
    storage.fields.filter((f) => f.target === target && (name === undefined || f.name === name)).map((f) => `${typeNameOf(target)}.${f.schemaName}`);

  const found = new Map<string, readonly string[]>();
  for (const { target, roles } of storage.authorizedResolver) {
    for (const key of typeNameOf(target) ? declaredFields(target) : handlersOf(target)) found.set(key, roles);
  }
  // A decorator on the field itself wins over its class's.
  for (const { target, fieldName, roles } of storage.authorizedFields) {
    for (const key of typeNameOf(target) ? declaredFields(target, fieldName) : handlersOf(target, fieldName)) found.set(key, roles);
  }
  return found;
}

function notedFields(schema: GraphQLSchema): Map<string, string> {
  const noted = new Map<string, string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const note = /\n\nNeeds (.+?) \(roles ([A-Z_, ]+)\) — /.exec(field.description ?? '');
      if (note) noted.set(`${type.name}.${field.name}`, note[1]);
    }
  }
  return noted;
}

describe('permission notes in field descriptions', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await graphqlSchema();
  });

  it('names the permission of every @Authorized field, and of no other field', () => {
    const decorated = decoratedFields();
    const noted = notedFields(schema);
    expect(decorated.size).toBeGreaterThan(40);
    const expected = Object.fromEntries([...decorated].map(([key, roles]) => [key, roles.length === 0 ? 'credentials' : roles.join(' and ')]));
    expect(Object.fromEntries(noted)).toEqual(expected);
    // The cases a newcomer runs into first.
    expect(noted.get('TrainingCohort.enrollments')).toBe('person:read');
    expect(noted.get('Person.idNumber')).toBe('person:read');
    expect(noted.get('Mutation.enrollTrainee')).toBe('hr:write');
    expect(noted.get('Mutation.registerWorkshop')).toBe('culture:write');
  });

  it('lists exactly the roles that hold the permission', () => {
    const description = (schema.getType('Mutation') as any).getFields().enrollTrainee.description as string;
    expect(description).toMatch(/^Enrol a registered person in a cohort — 学员报名\n\nNeeds hr:write \(roles PARTNER, HR_AGENCY, ADMIN\) — 需要 hr:write 权限$/);
    const cohort = (schema.getType('TrainingCohort') as any).getFields().enrollments.description as string;
    expect(cohort).toMatch(/Needs person:read \(roles ANALYST, PARTNER, CULTURE_AGENCY, HR_AGENCY, ADMIN\)/);
  });

  it('matches what the authChecker enforces: every noted root query is FORBIDDEN to PUBLIC, naming that permission', async () => {
    const query = schema.getQueryType()!;
    const noted = [...notedFields(schema)].filter(([key]) => key.startsWith('Query.'));
    expect(noted.length).toBeGreaterThan(3);
    for (const [key, permission] of noted) {
      const field = query.getFields()[key.slice('Query.'.length)];
      expect(field.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)).toEqual([]);
      const result = await execute({ schema, document: parse(`{ ${field.name} { __typename } }`), contextValue: { viewer: PUBLIC_VIEWER } });
      expect({ key, code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message }).toEqual({
        key,
        code: 'FORBIDDEN',
        message: expect.stringContaining(`needs permission ${permission}`),
      });
    }
  });
});
