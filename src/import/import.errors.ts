/**
 * A file that cannot be imported at all (too big, not UTF-8, malformed): the
 * import stops with this one message and writes nothing.
 */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly position?: { line: number; column: number },
  ) {
    super(position ? `line ${position.line}, column ${position.column}: ${message}` : message);
    this.name = 'ImportFileError';
  }
}
