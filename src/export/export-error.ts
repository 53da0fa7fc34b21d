import { GraphQLError } from 'graphql';

/** A request the export refuses, or a limit that stops it: an HTTP status, headers, and GraphQL-shaped errors. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>,
    readonly headers: ReadonlyArray<[string, string]> = [],
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ExportError';
  }

  static of(status: number, code: string, message: string, extra: Record<string, unknown> = {}): ExportError {
    return new ExportError(status, [{ message, extensions: { code, ...extra } }]);
  }

  /** HTTP 429 with Retry-After: a budget or quota that is spent for now. */
  static limited(code: string, message: string, retryAfterSeconds: number, extra: Record<string, unknown> = {}): ExportError {
    return new ExportError(429, [{ message, extensions: { code, retryAfterSeconds, ...extra } }], [['retry-after', String(retryAfterSeconds)]]);
  }
}

/** The operation ran but answered with errors (bad arguments, forbidden fields, a source down). */
export class ExportExecutionError extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ExportExecutionError';
  }
}
