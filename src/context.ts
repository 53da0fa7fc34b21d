import type { Request } from 'express';
import { authenticate } from './auth/authenticate';
import { PiiReads } from './auth/pii-reads';
import type { RevocationCheck } from './auth/revoked-tokens';
import { AuthConfig } from './config';
import { PUBLIC_VIEWER, Viewer } from './shared/auth/viewer';
import { LoaderRegistry } from './shared/loaders/loader-registry';
import { RegionDirectory, regionDirectory } from './shared/regions';
import { Sources } from './sources/sources';

/** Built once per request: fresh loaders, so nothing cached leaks between requests or viewers. */
export interface RequestContext {
  sources: Sources;
  loaders: LoaderRegistry;
  regions: RegionDirectory;
  viewer: Viewer;
  /** The Idempotency-Key header of a mutation request, if any. */
  idempotencyKey: string | null;
  /** Persons whose ID number or phone this request showed unmasked; written to the audit log when it ends. */
  piiReads: PiiReads;
}

export function createContext(sources: Sources, options: { viewer?: Viewer; idempotencyKey?: string | null } = {}): RequestContext {
  return {
    sources,
    loaders: new LoaderRegistry(),
    regions: regionDirectory(),
    viewer: options.viewer ?? PUBLIC_VIEWER,
    idempotencyKey: options.idempotencyKey ?? null,
    piiReads: new PiiReads(),
  };
}

/**
 * The context of an HTTP request: the viewer from its credentials (none:
 * PUBLIC; bad ones: an UNAUTHENTICATED error, HTTP 401) and its
 * Idempotency-Key. GraphQL and the CSV export both build theirs here.
 */
export async function contextFromRequest(req: Pick<Request, 'headers'>, sources: Sources, auth?: AuthConfig, revoked?: RevocationCheck): Promise<RequestContext> {
  const viewer = await authenticate(req.headers, sources.gateway, regionDirectory(), auth, revoked);
  const key = req.headers['idempotency-key'];
  return createContext(sources, { viewer, idempotencyKey: typeof key === 'string' && key.trim() ? key.trim() : null });
}
