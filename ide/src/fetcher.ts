import type { GraphiQLProps } from 'graphiql';
import { withCredential } from './credentials/credential-store';

type Fetcher = GraphiQLProps['fetcher'];

/** Asks the server for the statements behind each answer (shown in the SQL panel); the server decides whether it may (DEBUG_SQL). */
export const DEBUG_SQL_HEADER = 'x-debug-sql';

/**
 * POSTs JSON to this server's /graphql, with the key of the key bar (read
 * at each request, so a key entered once is sent from every tab at once)
 * unless the tab's Headers editor names a credential of its own. A JSON
 * content type is not a "simple" request, so Apollo's CSRF prevention lets
 * it through without extra headers.
 */
export function sameOriginFetcher(endpoint: string): Fetcher {
  return async (params, options) => {
    const headers = withCredential({
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      [DEBUG_SQL_HEADER]: '1',
      ...(options?.headers as Record<string, string> | undefined),
    });
    const response = await fetch(endpoint, { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(params) });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status} from ${endpoint}: ${text.slice(0, 500)}` }] };
    }
  };
}
