import pino, { DestinationStream, Logger } from 'pino';
import type { LogLevelName } from '../config';

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
    },
    destination,
  );
}
