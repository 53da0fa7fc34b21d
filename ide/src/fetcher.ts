import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * POSTs JSON to this server's /graphql. A JSON content type is not a "simple"
 * request, so Apollo's CSRF prevention lets it through without extra headers.
 */
export function sameOriginFetcher(endpoint: string): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', ...options?.headers },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status} from ${endpoint}: ${text.slice(0, 500)}` }] };
    }
  };
}
