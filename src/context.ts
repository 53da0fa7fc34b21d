import { LoaderRegistry } from './shared/loaders/loader-registry';
import { RegionDirectory, regionDirectory } from './shared/regions';
import { Sources } from './sources/sources';

/** Built once per request: fresh loaders, so nothing cached leaks between requests or viewers. */
export interface RequestContext {
  sources: Sources;
  loaders: LoaderRegistry;
  regions: RegionDirectory;
}

export function createContext(sources: Sources): RequestContext {
  return { sources, loaders: new LoaderRegistry(), regions: regionDirectory() };
}
