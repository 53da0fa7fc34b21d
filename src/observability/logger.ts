import pino, { DestinationStream, Logger } from 'pino';
import type { LogLevelName } from '../config';
import { redactIdentifiers } from '../shared/identifiers';
import { MASKED, maskParameters } from './sql-parameters';

export type { Logger } from 'pino';

/**
 * Structured JSON logs, one object a line, on stdout (or the given stream).
 * Credentials never reach a log line.
 */
export function createLogger(level: LogLevelName, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'shandong-handmade-graphql' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'headers.authorization', 'headers["x-api-key"]'], remove: true },
      serializers: { err: loggedError, error: loggedError },
    },
    destination,
  );
}

/** A value the database quoted back in its message: `Duplicate entry '370102…' for key`, `Incorrect string value: '\xF0…'`. */
const QUOTED_VALUE = /\b(entry|value:?) '(?:[^'\\]|\\.)*'/gi;

function scrubbed(value: unknown, key: string | null): unknown {
  if (typeof value === 'string') return redactIdentifiers(value).replace(QUOTED_VALUE, (_, word: string) => `${word} '${MASKED}'`);
  if (Array.isArray(value)) return key === 'parameters' ? maskParameters(value) : value.map((v) => scrubbed(v, null));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // A driver's `sql` is the statement with its values inlined (mysql2); TypeORM's `query` keeps the placeholders.
    for (const [k, v] of Object.entries(value)) if (k !== 'sql') out[k] = scrubbed(v, k);
    return out;
  }
  return value;
}

/**
 * Errors as logged: pino's own serialisation, then without the personal data
 * a failed statement carries (TypeORM's QueryFailedError holds the bound
 * parameters, MySQL's driver error the statement with them inlined and the
 * offending value in its message): parameters masked as in `extensions.sql`,
 * inlined statements left out, ID numbers, phones and quoted values in
 * messages and stacks masked.
 */
export function loggedError(error: unknown): unknown {
  if (!(error instanceof Error)) return scrubbed(error, null);
  return scrubbed(pino.stdSerializers.err(error), null);
}
