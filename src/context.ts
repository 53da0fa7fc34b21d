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
}

export function createContext(sources: Sources, options: { viewer?: Viewer; idempotencyKey?: string | null } = {}): RequestContext {
  return {
    sources,
    loaders: new LoaderRegistry(),
    regions: regionDirectory(),
    viewer: options.viewer ?? PUBLIC_VIEWER,
    idempotencyKey: options.idempotencyKey ?? null,
  };
}
