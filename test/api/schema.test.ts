import fs from 'node:fs';
import path from 'node:path';
import { GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { graphqlSchema, schemaSdl } from '../../src/schema';

const BILINGUAL = /\S.* — .*[\u4e00-\u9fff]/;

describe('schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(await schemaSdl()).toBe(committed);
  });

  it('describes every type, field, argument and enum value in English followed by the Chinese term', async () => {
    const schema = await graphqlSchema();
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !BILINGUAL.test(description)) missing.push(`${where}: ${JSON.stringify(description ?? null)}`);
    };
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });
});
