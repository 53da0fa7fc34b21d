import fs from 'node:fs';
import path from 'node:path';

/** One benchmarked operation: the GraphQL request, and the floor endpoint computing the same data (if any). */
export interface Operation {
  name: string;
  description: string;
  graphql: { query: string; variables?: Record<string, unknown>; operationName: string };
  floor: { path: string; body: Record<string, unknown> } | null;
  /** Slow operations run a fixed number of requests instead of for a fixed time, so every request measured completes. */
  amount?: number;
}

export function fixedOperations(root: string, personId: number, personGlobalId: string): Operation[] {
  return [
    {
      name: 'shallow',
      description: 'a shallow list: heritageItems(first: 20), five scalar fields',
      graphql: { operationName: 'shallow', query: 'query shallow { heritageItems(first: 20) { edges { node { id name level number regionCode } } } }' },
      floor: { path: '/shallow', body: {} },
    },
    {
      name: 'dashboard',
      description: 'schema/examples/dashboard.graphql: Weifang craft items → workshops → operators → labour brands, and → catalogue → cohorts → enrolments → trainees → talent titles',
      graphql: { operationName: 'dashboard', query: fs.readFileSync(path.join(root, 'schema/examples/dashboard.graphql'), 'utf8') },
      floor: { path: '/dashboard', body: { regionCode: '370700' } },
    },
    {
      name: 'node',
      description: 'node(id:) of one Person',
      graphql: {
        operationName: 'nodeLookup',
        query: 'query nodeLookup($id: ID!) { node(id: $id) { id ... on Person { name gender birthYear regionCode } } }',
        variables: { id: personGlobalId },
      },
      floor: { path: '/node', body: { personId } },
    },
  ];
}

interface IntrospectedType {
  name: string;
  kind: string;
  fields: Array<{ name: string; args: Array<{ type: TypeRef }>; type: TypeRef }> | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export const INTROSPECTION = `{ __schema { types { name kind fields { name args { type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);

/** Every leaf field, objects followed `depth` levels down, fields with required arguments left out. */
function selection(types: Map<string, IntrospectedType>, typeName: string, depth: number): string {
  const type = types.get(typeName);
  const parts: string[] = [];
  for (const field of type?.fields ?? []) {
    if (field.args.some((a) => a.type.kind === 'NON_NULL')) continue;
    const target = named(field.type);
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name);
    else if (target.kind === 'OBJECT' && depth > 0) {
      const inner = selection(types, target.name!, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/**
 * The dispatch report, when the schema has one (the statistics module adds
 * it): a quarter over the whole province, every figure of every row. Built
 * from introspection so it follows the report's fields as they change.
 */
export function dispatchOperation(schemaTypes: IntrospectedType[]): Operation | null {
  const types = new Map(schemaTypes.map((t) => [t.name, t]));
  const field = types.get('Query')?.fields?.find((f) => f.name === 'dispatchReport');
  if (!field) return null;
  const body = selection(types, named(field.type).name!, 3);
  return {
    name: 'dispatch',
    description: 'dispatchReport for 2025-Q2 over the province, every figure of every row',
    graphql: { operationName: 'dispatch', query: `query dispatch { dispatchReport(period: { kind: QUARTER, year: 2025, number: 2 }) { ${body} } }` },
    floor: null,
    amount: 20,
  };
}
