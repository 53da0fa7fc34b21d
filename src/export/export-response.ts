import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ExportError, ExportExecutionError } from './export-error';

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SOURCE_UNAVAILABLE: 503,
};

interface ErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions: Record<string, unknown>;
}

/** As /graphql shows it: code and details kept, the HTTP hints taken out, unexpected errors without internals. */
function shown(error: GraphQLError): ErrorBody {
  const { http: _http, ...extensions } = error.extensions ?? {};
  if (typeof extensions.code !== 'string') return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  return { message: error.message, ...(error.path ? { path: error.path } : {}), extensions };
}

/** Sends a refusal as JSON with the status its first error calls for (400 bad input, 401, 403, 429 with Retry-After, 503 a source down, 500). */
export function sendExportError(res: Response, error: unknown): void {
  if (error instanceof ExportError) {
    for (const [name, value] of error.headers) res.setHeader(name, value);
    res.status(error.status).json({ errors: error.errors });
    return;
  }
  const errors = error instanceof ExportExecutionError ? [...error.errors] : error instanceof GraphQLError ? [error] : [];
  if (errors.length === 0) {
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return;
  }
  const first = errors[0];
  const http = first.extensions?.http as { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : '';
  res.status(http?.status ?? STATUS_BY_CODE[code] ?? 500).json({ errors: errors.map(shown) });
}

/** Writes a chunk, waiting while the client is slower than the database (or until it goes away). */
export function writeChunk(res: Response, text: string): Promise<void> {
  if (res.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** attachment; filename="…" for old clients (ASCII), filename*=UTF-8''… for the Chinese name. */
export function contentDisposition(name: string): string {
  const clean = name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 100) || 'export';
  const ascii = clean.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(`${clean}.csv`)}`;
}
