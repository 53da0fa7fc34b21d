import { GraphQLSchema } from 'graphql';
import { searchSchema } from '../../../ide/src/docs/schema-search';
import { graphqlSchema } from '../../../src/schema';

/** The IDE's documentation search, over the real schema: names AND descriptions, so Chinese terms are found. */
describe('IDE documentation search', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await graphqlSchema();
  });

  it('finds Workshop for 工坊, first, although no name holds it', () => {
    const hits = searchSchema(schema, '工坊');
    expect(hits[0].label).toBe('Workshop');
    expect(hits[0].nameMatched).toBe(false);
    expect(hits[0].description).toMatch(/非遗工坊/);
    expect(hits.map((h) => h.label)).toEqual(expect.arrayContaining(['Query.workshops', 'WorkshopConnection']));
  });

  it('finds fields, arguments and enum values by their Chinese terms', () => {
    expect(searchSchema(schema, '带动就业').map((h) => h.label)).toContain('Workshop.jobsCreated');
    expect(searchSchema(schema, '国家级').map((h) => h.label)).toContain('IchLevel.NATIONAL');
    expect(searchSchema(schema, '行政区划代码').map((h) => h.label)).toContain('Query.region(code)');
  });

  it('still finds names first, case-insensitively, and full-width letters as ASCII', () => {
    expect(searchSchema(schema, 'workshop')[0].label).toBe('Workshop');
    expect(searchSchema(schema, 'ＷＯＲＫＳＨＯＰ')[0].label).toBe('Workshop');
  });

  it('needs every word, in the name or the description', () => {
    const hits = searchSchema(schema, 'workshop 认定');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(`${hit.label} ${hit.description}`.toLowerCase()).toMatch(/workshop[\s\S]*认定|认定[\s\S]*workshop/);
    expect(searchSchema(schema, '工坊 no-such-word-anywhere')).toEqual([]);
    expect(searchSchema(schema, '   ')).toEqual([]);
  });

  it('puts the fields of the type being read first', () => {
    const workshop = schema.getType('Workshop')!;
    const hits = searchSchema(schema, 'region', { within: workshop });
    expect(hits[0].label.startsWith('Workshop.')).toBe(true);
  });

  it('finds which fields need a permission, by the note in their description', () => {
    const labels = searchSchema(schema, 'needs person:read', { limit: 500 }).map((h) => h.label);
    expect(labels).toEqual(expect.arrayContaining(['TrainingCohort.enrollments', 'Person.idNumber', 'Workshop.trainees']));
    expect(labels).not.toContain('Workshop.name');
  });
});
