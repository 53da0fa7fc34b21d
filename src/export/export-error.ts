import { GraphQLError } from 'graphql';

/** A request the export refuses before anything is sent: an HTTP status and GraphQL-shaped errors. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>,
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ExportError';
  }

  static of(status: number, code: string, message: string, extra: Record<string, unknown> = {}): ExportError {
    return new ExportError(status, [{ message, extensions: { code, ...extra } }]);
  }
}

/** The operation ran but answered with errors (bad arguments, forbidden fields, a source down). */
export class ExportExecutionError extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ExportExecutionError';
  }
}
