import { RegionDirectory } from '../../shared/regions';
import { Region } from '../../shared/regions/region';

/** GB/T 2260 code of Shandong province, the default region of a report. */
export const PROVINCE_CODE = '370000';

/**
 * Folds the region codes facts are recorded at (mostly counties, some
 * cities) onto the rows of a report over `root`: the child of the root the
 * code lies under, or the root itself for facts recorded at the root's own
 * level (本级). SQL groups by region_code; the handful of distinct codes is
 * folded here, so no statement is issued per region.
 */
export class RegionRollup {
  private readonly cache = new Map<string, string | null>();

  constructor(
    private readonly regions: RegionDirectory,
    readonly root: Region,
  ) {}

  /** The subtree of the root, retired codes included: the filter on the facts' region_code. */
  codes(): string[] {
    return this.regions.subtreeCodes(this.root.code);
  }

  /** The row a fact recorded at `code` belongs to: a child's code, the root's own code (本级), or null outside the root. */
  rowOf(code: string): string | null {
    let row = this.cache.get(code);
    if (row === undefined) {
      const lineage = this.regions.lineage(code).map((r) => r.code);
      const at = lineage.indexOf(this.root.code);
      row = at < 0 ? null : at === 0 ? this.root.code : lineage[at - 1];
      this.cache.set(code, row);
    }
    return row;
  }

  /** Current children, plus retired ones when facts were recorded under them (莱芜市 before 2019). */
  children(withData: ReadonlySet<string>): Region[] {
    const current = this.regions.children(this.root.code);
    const retired = this.regions.children(this.root.code, { includeRetired: true }).filter((r) => r.validTo !== null && withData.has(r.code));
    return [...current, ...retired].sort((a, b) => a.code.localeCompare(b.code));
  }
}
