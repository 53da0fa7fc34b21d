import { RegionDirectory } from '../../shared/regions';
import { regionRecord, RegionRecord } from '../region/region.service';
import { RegionKeyValues } from './dimensions';

function region(regions: RegionDirectory, code: string | null): RegionRecord | null {
  const found = code === null ? undefined : regions.get(code);
  return found ? regionRecord(found) : null;
}

/** Keys as GraphQL returns them: region codes become Region objects, the rest is as grouped. */
export function presentKeys<K extends RegionKeyValues>(regions: RegionDirectory, keys: K): Omit<K, 'city' | 'county'> & { city: RegionRecord | null; county: RegionRecord | null } {
  return { ...keys, city: region(regions, keys.city), county: region(regions, keys.county) };
}
