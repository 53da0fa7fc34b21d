import { withCredential } from '../credentials/credential-store';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/**
 * POSTs one operation to this server's public API as the viewer: the key of
 * the key bar travels with it, so the server applies that viewer's role,
 * region and small-cell protection exactly as for any other client. Never
 * throws: a failed request is an answer with an error.
 */
export async function postGraphql<T>(query: string, variables: Record<string, unknown>, credential: string | null): Promise<GraphqlAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: withCredential({ accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' }, credential),
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    return { errors: [{ message: `the server did not answer: ${(error as Error).message}` }] };
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphqlAnswer<T>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}` }] };
  }
}

/** The first error's message, or the fallback. */
export function errorMessage(answer: GraphqlAnswer<unknown>, fallback: string): string {
  return answer.errors?.[0]?.message ?? fallback;
}
