import type { GraphQLFormattedError } from 'graphql';
import type { AppConfig } from '../config';
import { requestScope } from '../observability/request-scope';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Codes whose errors are the server's fault: their text and details never reach a client in production. */
const UNEXPECTED = new Set(['INTERNAL_SERVER_ERROR', undefined]);

/**
 * Apollo's formatError. Every error carries the request id, so a client's
 * report can be matched to the one log line of its request. In production,
 * unexpected errors become a bare "Internal server error" (the details are
 * in the log, written once by the observability plugin) and no message
 * suggests schema names ("Did you mean …?"). Stack traces reach a client
 * only with EXPOSE_STACK_TRACES=true, and never in production.
 */
export function formatError(env: AppConfig['env'], options: { exposeStackTraces?: boolean } = {}) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const requestId = requestScope()?.id;
    const code = formatted.extensions?.code as string | undefined;
    if (env !== 'production') {
      const { stacktrace, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
      const extensions = { ...rest, ...(options.exposeStackTraces && stacktrace ? { stacktrace } : {}), ...(requestId ? { requestId } : {}) };
      return { ...formatted, extensions };
    }
    if (UNEXPECTED.has(code)) {
      return {
        message: 'Internal server error',
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
      };
    }
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, message: formatted.message.replace(SUGGESTION, ''), extensions: { ...extensions, ...(requestId ? { requestId } : {}) } };
  };
}
