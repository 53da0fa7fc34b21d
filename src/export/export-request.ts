import { HeaderStyle } from './export-columns';
import { ExportError } from './export-error';

/** The JSON body of an export: a GraphQL operation as /graphql takes it, and how to lay out the file. */
export interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
  /** Dot-separated response keys to the rows, e.g. "enrollments.edges.node"; found by itself when left out. */
  path: string | null;
  /** At most this many rows. */
  limit: number | null;
  /** Column headers: dotted response keys (default) or the fields' Chinese terms. */
  headers: HeaderStyle;
  /** Download name, without extension. */
  filename: string | null;
}

const invalid = (argument: string, message: string) => ExportError.of(400, 'BAD_USER_INPUT', `${argument}: ${message}`, { argument });

export function exportRequest(body: unknown): ExportRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalid('body', 'send a JSON object { query, variables?, operationName?, path?, limit?, headers?, filename? }');
  const b = body as Record<string, unknown>;
  if (typeof b.query !== 'string' || b.query.trim() === '') throw invalid('query', 'must be the GraphQL query text');
  if (b.variables != null && (typeof b.variables !== 'object' || Array.isArray(b.variables))) throw invalid('variables', 'must be an object');
  for (const name of ['operationName', 'path', 'filename'] as const) {
    if (b[name] != null && typeof b[name] !== 'string') throw invalid(name, 'must be a string');
  }
  if (b.limit != null && (!Number.isInteger(b.limit) || (b.limit as number) < 1)) throw invalid('limit', `must be a whole number of rows, 1 or more, got ${JSON.stringify(b.limit)}`);
  if (b.headers != null && b.headers !== 'keys' && b.headers !== 'labels') throw invalid('headers', `must be "keys" or "labels", got ${JSON.stringify(b.headers)}`);
  return {
    query: b.query,
    variables: (b.variables as Record<string, unknown> | undefined) ?? {},
    operationName: (b.operationName as string | undefined) ?? null,
    path: (b.path as string | undefined) ?? null,
    limit: (b.limit as number | undefined) ?? null,
    headers: (b.headers as HeaderStyle | undefined) ?? 'keys',
    filename: (b.filename as string | undefined) ?? null,
  };
}
