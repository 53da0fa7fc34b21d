/**
 * The dispatch report as a client asks for it, for tests that hold a page's
 * figures against the API: the query for a set of figure fields, and one
 * figure of a row with whether the API lists it as suppressed.
 */

import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, GraphQLObjectType } from 'graphql';

/** Figures objects that count persons and so list their withheld fields: those whose type has `suppressed: [String!]!` in the committed SDL. */
const SUPPRESSIBLE = (() => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const row = schema.getType('DispatchReportRow') as GraphQLObjectType;
  return new Set(
    Object.values(row.getFields())
      .filter((field) => {
        const type = getNamedType(field.type);
        return type instanceof GraphQLObjectType && 'suppressed' in type.getFields();
      })
      .map((field) => field.name),
  );
})();

export interface ApiRow {
  kind: string;
  label: string;
  region: { code: string };
  [field: string]: unknown;
}

/** The query a client would write for these fields: each figures object with its `suppressed` list where it has one. */
export function reportQuery(fields: string[], rows = true): string {
  const objects = new Map<string, Set<string>>();
  const plain: string[] = [];
  for (const field of fields) {
    const [object, name] = field.split('.');
    if (!name) plain.push(object);
    else objects.set(object, new Set([...(objects.get(object) ?? []), name]));
  }
  const selection = [...plain, ...[...objects].map(([object, names]) => `${object} { ${[...names].join(' ')}${SUPPRESSIBLE.has(object) ? ' suppressed' : ''} }`)].join(' ');
  return `query ($period: PeriodInput!, $regionCode: String!) { dispatchReport(period: $period, regionCode: $regionCode) { minCell ${rows ? `rows { kind label region { code } ${selection} }` : `total { ${selection} }`} } }`;
}

/** A figure of an API row: its value, and whether the API says it is withheld. */
export function apiFigure(row: ApiRow, field: string): { value: number | string | null; suppressed: boolean } {
  const [object, name] = field.split('.');
  if (!name) return { value: row[object] as number, suppressed: false };
  const figures = row[object] as Record<string, unknown> & { suppressed?: string[] };
  return { value: figures[name] as number | string | null, suppressed: figures.suppressed?.includes(name) ?? false };
}
