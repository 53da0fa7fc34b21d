import { RegionDirectory } from '../../shared/regions';
import { DimensionPlan } from './group-by';
import { monthSql, quarterSql, yearSql } from './sql/date-buckets';
import { PROVINCE_CODE } from './region-rollup';

/** Keys every fact family with a region can be grouped by: region codes, folded from the facts' own codes. */
export interface RegionKeyValues {
  city: string | null;
  county: string | null;
}

export interface TimeKeyValues {
  year: number | null;
  quarter: string | null;
  month: string | null;
}

export interface IchKeyValues {
  ichCategory: string | null;
  ichLevel: string | null;
}

/** Whether a code's first four digits name its city throughout the directory (rollups keyed by that prefix rely on it). */
export function citiesFollowPrefixes(regions: RegionDirectory): boolean {
  return cityByPrefix(regions) !== null;
}

const prefixCities = new WeakMap<RegionDirectory, Map<string, string | null> | null>();

/**
 * The city of every code by its first four digits (GB/T 2260: province,
 * city), when the directory bears that out for every code it holds, retired
 * ones included; null when some prefix would name two cities.
 */
function cityByPrefix(regions: RegionDirectory): Map<string, string | null> | null {
  let map = prefixCities.get(regions);
  if (map !== undefined) return map;
  map = new Map<string, string | null>();
  for (const code of regions.subtreeCodes(PROVINCE_CODE)) {
    const city = regions.cityOf(code)?.code ?? null;
    const prefix = code.slice(0, 4);
    if (map.has(prefix) && map.get(prefix) !== city) {
      map = null;
      break;
    }
    map.set(prefix, city);
  }
  prefixCities.set(regions, map);
  return map;
}

/**
 * The city a fact's region lies in (county or city codes alike); null for
 * province-level facts. Grouped in SQL by the code's city prefix, so a city
 * grouping returns one SQL group per city, not per county.
 */
export function cityDimension<K extends RegionKeyValues>(regions: RegionDirectory, column: string): DimensionPlan<K> {
  const byPrefix = cityByPrefix(regions);
  const cityOf = (value: unknown): string | null => {
    if (value == null) return null;
    const code = String(value);
    return byPrefix ? (byPrefix.get(code) ?? regions.cityOf(`${code}00`)?.code ?? null) : (regions.cityOf(code)?.code ?? null);
  };
  return {
    columns: [byPrefix ? `SUBSTR(${column}, 1, 4)` : column],
    keys: ([value]) => [{ city: cityOf(value) } as Partial<K>],
    order: (k) => k.city,
  };
}

/** The county of a fact; null for facts recorded at city or province level. */
export function countyDimension<K extends RegionKeyValues>(regions: RegionDirectory, column: string): DimensionPlan<K> {
  return {
    columns: [column],
    keys: ([code]) => [{ county: code != null && regions.get(String(code))?.level === 'COUNTY' ? String(code) : null } as Partial<K>],
    order: (k) => k.county,
  };
}

export function yearDimension<K extends TimeKeyValues>(dateColumn: string): DimensionPlan<K> {
  return yearOf(yearSql(dateColumn));
}

/** YEAR from an expression giving 'YYYY' (a rollup's year column). */
export function yearOf<K extends TimeKeyValues>(year: string): DimensionPlan<K> {
  return {
    columns: [year],
    keys: ([year]) => [{ year: year == null ? null : Number(year) } as Partial<K>],
    order: (k) => k.year,
  };
}

/** 'YYYY-Qn': the year is grouped too, so quarters of different years never merge. */
export function quarterDimension<K extends TimeKeyValues>(dateColumn: string): DimensionPlan<K> {
  return quarterOf(yearSql(dateColumn), quarterSql(dateColumn));
}

/** QUARTER from expressions giving 'YYYY' and 1–4 (a rollup's year and quarter columns). */
export function quarterOf<K extends TimeKeyValues>(year: string, quarter: string): DimensionPlan<K> {
  return {
    columns: [year, quarter],
    keys: ([year, quarter]) => [{ quarter: year == null ? null : `${String(year)}-Q${Number(quarter)}` } as Partial<K>],
    order: (k) => k.quarter,
  };
}

/** 'YYYY-MM'. */
export function monthDimension<K extends TimeKeyValues>(dateColumn: string): DimensionPlan<K> {
  return {
    columns: [monthSql(dateColumn)],
    keys: ([month]) => [{ month: month == null ? null : String(month) } as Partial<K>],
    order: (k) => k.month,
  };
}

/** A column holding enum names; groups sort in the enum's declared order. */
export function enumDimension<K>(field: keyof K & string, column: string, values: readonly string[]): DimensionPlan<K> {
  return {
    columns: [column],
    keys: ([value]) => [{ [field]: value == null ? null : String(value) } as Partial<K>],
    order: (k) => {
      const value = k[field] as unknown;
      return value == null ? null : values.indexOf(String(value));
    },
  };
}

/** A whole-number column (a year, a term in months). */
export function integerDimension<K>(field: keyof K & string, column: string): DimensionPlan<K> {
  return {
    columns: [column],
    keys: ([value]) => [{ [field]: value == null ? null : Number(value) } as Partial<K>],
    order: (k) => (k[field] as unknown as number | null) ?? null,
  };
}

/** The dimensions asked for, once each, in the order asked. */
export function distinctDimensions<D extends string>(groupBy: readonly D[]): D[] {
  return [...new Set(groupBy)];
}

/**
 * The place and time dimensions every fact family shares — CITY, COUNTY from
 * its region column, YEAR, QUARTER, MONTH from its date column — or undefined
 * for a dimension of the family's own.
 */
export function placeAndTimeDimension<K extends RegionKeyValues & TimeKeyValues>(
  regions: RegionDirectory,
  dimension: string,
  regionColumn: string,
  dateColumn: string,
  /** A rollup kept by year and quarter rather than by date. */
  quarters?: { year: string; quarter: string },
): DimensionPlan<K> | undefined {
  switch (dimension) {
    case 'CITY':
      return cityDimension(regions, regionColumn);
    case 'COUNTY':
      return countyDimension(regions, regionColumn);
    case 'YEAR':
      return quarters ? yearOf(quarters.year) : yearDimension(dateColumn);
    case 'QUARTER':
      return quarters ? quarterOf(quarters.year, quarters.quarter) : quarterDimension(dateColumn);
    case 'MONTH':
      return monthDimension(dateColumn);
    default:
      return undefined;
  }
}
