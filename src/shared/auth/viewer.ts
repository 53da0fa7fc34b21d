import type { ApiRole } from './roles';

/**
 * Who is asking: built once per request from the credentials, read by the
 * authChecker and by services that scope data to a region.
 */
export interface Viewer {
  /** api_client.id, or null for anonymous and JWT callers without a client row. */
  clientId: number | null;
  /** Client name or JWT subject, for logs and the audit trail. */
  name: string | null;
  role: ApiRole;
  /** Extra scopes such as `pii:read`. */
  scopes: ReadonlySet<string>;
  /** GB/T 2260 code of the region subtree the viewer is limited to; null for the whole province. */
  regionCode: string | null;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ clientId: null, name: null, role: 'PUBLIC', scopes: new Set<string>(), regionCode: null });
