import type { SubgraphName } from '../federation/subgraph-plan';

type Fetch = (url: string, init?: unknown, ...rest: unknown[]) => Promise<Response>;

/** The one envelop hook used, typed here (see gateway-limits.plugin.ts for why). */
export interface SubgraphUnavailablePlugin {
  onFetch(payload: { url: string; fetchFn: Fetch; setFetchFn(fetchFn: Fetch): void }): void;
}

function unavailable(subgraph: SubgraphName, why: string): Response {
  const error = {
    message: `The ${subgraph} subgraph is unavailable (${why}); the fields of that agency's records are null, the rest of the answer stands`,
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph },
  };
  return new Response(JSON.stringify({ data: null, errors: [error] }), { status: 200, headers: { 'content-type': 'application/json' } });
}

/**
 * A subgraph that cannot be reached (refused, timed out, a proxy's 502)
 * becomes a GraphQL error naming that subgraph, instead of the gateway's
 * masked "Unexpected error": the other agency's data still comes back, and
 * the client learns whose part is missing. Nothing of the failure's
 * internals is shown beyond its kind.
 */
export function subgraphUnavailablePlugin(urls: Record<SubgraphName, string>): SubgraphUnavailablePlugin {
  const byUrl = new Map((Object.entries(urls) as Array<[SubgraphName, string]>).map(([name, url]) => [url, name]));
  return {
    onFetch({ url, fetchFn, setFetchFn }) {
      const subgraph = byUrl.get(url);
      if (!subgraph) return;
      setFetchFn(async (target, init, ...rest) => {
        let response: Response;
        try {
          response = await fetchFn(target, init, ...rest);
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
          return unavailable(subgraph, code ? `connection failed: ${code}` : 'connection failed');
        }
        if (response.ok || (response.headers.get('content-type') ?? '').includes('json')) return response;
        return unavailable(subgraph, `HTTP ${response.status}`);
      });
    },
  };
}
