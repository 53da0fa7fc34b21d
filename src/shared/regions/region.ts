export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

/** A GB/T 2260 administrative division — 行政区划. */
export interface Region {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
  /** First day the code was in force, when known: YYYY-MM-DD, or YYYY where the source gives only the year. */
  validFrom: string | null;
  /** Day the code was retired (YYYY-MM-DD, or YYYY); null while it is current. */
  validTo: string | null;
}
