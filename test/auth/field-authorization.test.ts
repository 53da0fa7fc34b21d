import { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { PERSON_TYPES } from '../../src/auth/permissions';
import { graphqlSchema } from '../../src/schema';
import { Viewer } from '../../src/shared/auth/viewer';

const viewer = (role: Viewer['role'], scopes: string[] = []): Viewer => ({ clientId: null, name: 't', role, scopes: new Set(scopes), regionCode: null });

/**
 * Plain fields resolve without type-graphql's middleware: synchronously,
 * with the permission decision taken once per request, and the same
 * FORBIDDEN refusal as before.
 */
describe('field authorisation without middleware', () => {
  it('a person type\'s plain fields check the permission once per request and read the property synchronously', async () => {
    const schema = await graphqlSchema();
    const person = schema.getType('Person') as GraphQLObjectType;
    const name = person.getFields().name;
    expect(name.resolve).toBeDefined();
    const info = { parentType: person, fieldName: 'name' } as unknown as GraphQLResolveInfo;
    const analyst = { viewer: viewer('ANALYST') };
    expect(name.resolve!({ name: '王秀玉' }, {}, analyst, info)).toBe('王秀玉');
    expect(() => name.resolve!({ name: '王秀玉' }, {}, { viewer: viewer('PUBLIC') }, info)).toThrow(
      'Person.name needs permission person:read, which a caller without credentials (role PUBLIC) does not have',
    );
    for (const type of PERSON_TYPES) expect(schema.getType(type)).toBeTruthy();
  });

  it('plain fields that need nothing keep graphql-js\'s default resolver', async () => {
    const schema = await graphqlSchema();
    const workshop = (schema.getType('Workshop') as GraphQLObjectType).getFields();
    expect(workshop.name.resolve).toBeUndefined();
    expect(workshop.jobsCreated.resolve).toBeUndefined();
    // A field resolved by a method of ours keeps its resolver.
    expect(workshop.recognitions.resolve).toBeDefined();
  });
});
