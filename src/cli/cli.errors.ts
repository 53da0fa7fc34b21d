/**
 * A command used wrongly (an unknown option, a missing argument): reported as
 * one line plus where to find the help, exit status 1 (import: 2).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command path whose --help explains the usage. */
    readonly command: string[] = [],
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** node:util parseArgs failures (unknown option, missing value) carry an ERR_PARSE_ARGS_* code. */
export function isParseArgsError(error: unknown): error is TypeError & { code: string } {
  return error instanceof TypeError && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}
