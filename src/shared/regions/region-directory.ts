import fs from 'node:fs';
import { badInput } from '../errors';
import { parseCsvRecords } from '../files/csv';
import { referenceFile } from '../files/project-root';
import { Region, RegionLevel } from './region';

const LEVELS: Record<string, RegionLevel> = { province: 'PROVINCE', city: 'CITY', county: 'COUNTY' };

/**
 * The GB/T 2260 codes of Shandong, held in memory: reference data shipped
 * with the product, not a table, since both sources cite it and it changes
 * only by State Council decision.
 */
export class RegionDirectory {
  private readonly byCode = new Map<string, Region>();
  private readonly childrenByCode = new Map<string, Region[]>();

  constructor(regions: Region[]) {
    for (const region of regions) this.byCode.set(region.code, region);
    for (const region of regions) {
      if (!region.parentCode) continue;
      const siblings = this.childrenByCode.get(region.parentCode) ?? [];
      siblings.push(region);
      this.childrenByCode.set(region.parentCode, siblings);
    }
    for (const list of this.childrenByCode.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  }

  static fromCsv(text: string): RegionDirectory {
    return new RegionDirectory(
      parseCsvRecords(text).map((row) => {
        const level = LEVELS[row.level];
        if (!level) throw new Error(`regions: unknown level "${row.level}" for code ${row.code}`);
        return {
          code: row.code,
          name: row.name,
          nameEn: row.name_en,
          level,
          parentCode: row.parent_code || null,
          validFrom: row.valid_from || null,
          validTo: row.valid_to || null,
        };
      }),
    );
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  all(): Region[] {
    return [...this.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /**
   * Whether the code was in force on the given day (YYYY-MM-DD); retired codes
   * stay valid for their own period. Some sources give only a year: a code
   * then counts from the year's first day and until its last.
   */
  isValidOn(code: string, day: string): boolean {
    const region = this.byCode.get(code);
    if (!region) return false;
    const from = region.validFrom && region.validFrom.length === 4 ? `${region.validFrom}-01-01` : region.validFrom;
    const to = region.validTo && region.validTo.length === 4 ? `${region.validTo}-12-31` : region.validTo;
    if (from && day < from) return false;
    if (to && day >= to) return false;
    return true;
  }

  isCurrent(code: string): boolean {
    const region = this.byCode.get(code);
    return !!region && region.validTo === null;
  }

  children(code: string, options: { includeRetired?: boolean } = {}): Region[] {
    const list = this.childrenByCode.get(code) ?? [];
    return options.includeRetired ? list : list.filter((r) => r.validTo === null);
  }

  /** The region and everything under it, retired codes included, as a filter on region_code columns. */
  subtreeCodes(code: string): string[] {
    const out: string[] = [];
    const walk = (c: string) => {
      out.push(c);
      for (const child of this.childrenByCode.get(c) ?? []) walk(child.code);
    };
    if (this.byCode.has(code)) walk(code);
    return out;
  }

  /** Ancestors from the region itself up to the province. */
  lineage(code: string): Region[] {
    const out: Region[] = [];
    let current = this.byCode.get(code);
    while (current) {
      out.push(current);
      current = current.parentCode ? this.byCode.get(current.parentCode) : undefined;
    }
    return out;
  }

  /** The city a county belongs to (or the city itself); undefined for the province. */
  cityOf(code: string): Region | undefined {
    return this.lineage(code).find((r) => r.level === 'CITY');
  }

  currentCities(): Region[] {
    return this.all().filter((r) => r.level === 'CITY' && r.validTo === null);
  }

  currentCounties(cityCode?: string): Region[] {
    return this.all().filter(
      (r) => r.level === 'COUNTY' && r.validTo === null && (cityCode === undefined || r.parentCode === cityCode),
    );
  }
}

let shared: RegionDirectory | undefined;

/** The directory of the shipped reference file, loaded once. */
export function regionDirectory(): RegionDirectory {
  shared ??= RegionDirectory.fromCsv(fs.readFileSync(referenceFile('regions-shandong.csv'), 'utf8'));
  return shared;
}

/** A region code argument: six digits naming a known Shandong region, or a BAD_USER_INPUT error naming the argument. */
export function requireRegionCode(regions: RegionDirectory, argument: string, code: string): string {
  if (!/^\d{6}$/.test(code)) throw badInput(argument, `"${code}" is not a six-digit GB/T 2260 region code`);
  if (!regions.has(code)) throw badInput(argument, `"${code}" is not a known Shandong region code (GB/T 2260)`);
  return code;
}
