import { RegionDirectory } from '../../shared/regions';
import { Region as ReferenceRegion } from '../../shared/regions/region';

import { toGlobalId } from '../../shared/relay/global-id';
import { pageOfArray } from '../../shared/relay/array-page';
import { ConnectionValue } from '../../shared/relay/connection';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { RegionFilter } from './region.inputs';
import { Region } from './region.type';
import { MAX_SEARCH_TEXT_LENGTH, requireTextLength } from '../../shared/filters/text-limits';

const BY_CODE: Ordering = { key: 'CODE', columns: [{ column: 'code', property: 'code', direction: 'ASC' }] };

export type RegionRecord = Region & { __typename: 'Region'; rowId: number };

export function regionRecord(region: ReferenceRegion): RegionRecord {
  return {
    __typename: 'Region',
    id: toGlobalId('Region', region.code),
    rowId: Number(region.code),
    code: region.code,
    name: region.name,
    nameEn: region.nameEn,
    level: region.level,
    parentCode: region.parentCode,
    validFrom: region.validFrom,
    validTo: region.validTo,
    current: region.validTo === null,
  };
}

import { requireRegionCode } from '../../shared/regions';

export { requireRegionCode };

export class RegionService {
  constructor(private readonly regions: RegionDirectory) {}

  byCode(code: string): RegionRecord | null {
    const region = this.regions.get(code);
    return region ? regionRecord(region) : null;
  }

  list(filter: RegionFilter | null | undefined, paging: PagingArgs): ConnectionValue<RegionRecord> {
    let list = this.regions.all();
    if (filter?.parentCode) {
      requireRegionCode(this.regions, 'filter.parentCode', filter.parentCode);
      list = list.filter((r) => r.parentCode === filter.parentCode);
    }
    if (!filter?.includeRetired) list = list.filter((r) => r.validTo === null);
    if (filter?.levels?.length) list = list.filter((r) => filter.levels!.includes(r.level));
    if (filter?.nameContains) {
      requireTextLength('filter.nameContains', filter.nameContains, MAX_SEARCH_TEXT_LENGTH);
      const needle = filter.nameContains.toLowerCase();
      list = list.filter((r) => r.name.includes(filter.nameContains!) || r.nameEn.toLowerCase().includes(needle));
    }
    return pageOfArray(list.map(regionRecord), BY_CODE, paging);
  }

  children(code: string, paging: PagingArgs, includeRetired: boolean): ConnectionValue<RegionRecord> {
    return pageOfArray(this.regions.children(code, { includeRetired }).map(regionRecord), BY_CODE, paging);
  }
}
