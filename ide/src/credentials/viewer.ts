import { withCredential } from './credential-store';

/** What the server says about the caller: `Query.viewer`, no secrets. */
export interface ViewerInfo {
  role: 'PUBLIC' | 'ANALYST' | 'PARTNER' | 'CULTURE_AGENCY' | 'HR_AGENCY' | 'ADMIN';
  credential: 'NONE' | 'API_KEY' | 'BEARER_TOKEN';
  clientName: string | null;
  regionCode: string | null;
  region: { name: string } | null;
  scopes: string[];
  permissions: string[];
  personalDataUnmasked: boolean;
}

export const VIEWER_QUERY =
  'query viewer { viewer { role credential clientName regionCode region { name } scopes permissions personalDataUnmasked } }';

/** Either who the server takes the caller for, or why it refused the credential (HTTP 401). */
export type ViewerAnswer = { viewer: ViewerInfo } | { refused: string };

export async function fetchViewer(endpoint: string, credential: string | null): Promise<ViewerAnswer> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: withCredential({ accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' }, credential),
      body: JSON.stringify({ query: VIEWER_QUERY, operationName: 'viewer' }),
    });
    const body = (await response.json()) as { data?: { viewer?: ViewerInfo }; errors?: Array<{ message: string }> };
    if (body.data?.viewer) return { viewer: body.data.viewer };
    return { refused: body.errors?.[0]?.message ?? `HTTP ${response.status}` };
  } catch (error) {
    return { refused: `the server did not answer: ${(error as Error).message}` };
  }
}
