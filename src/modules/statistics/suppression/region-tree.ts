import { RegionDirectory } from '../../../shared/regions';
import { DimTree } from './dim-tree';

/**
 * The regions facts are recorded at, as a tree under one root region: each
 * region the sum of its sub-regions and of its own facts (本级, a leaf of its
 * own). Built from the codes that hold facts; every other region holds zero.
 */
export class RegionTree {
  readonly tree = new DimTree();
  private readonly leaves = new Map<string, number>();

  constructor(
    private readonly regions: RegionDirectory,
    readonly rootCode: string,
    codesWithFacts: Iterable<string>,
  ) {
    const codes = [...codesWithFacts].filter((code) => this.pathTo(code) !== null);
    for (const code of codes) {
      let parent = 0;
      for (const step of this.pathTo(code)!) parent = this.tree.node(step, parent);
    }
    for (const code of codes) {
      const node = this.nodeOf(code)!;
      this.leaves.set(code, this.tree.isLeaf(node) ? node : this.tree.node(`${code}:own`, node));
    }
  }

  /** Codes from below the root down to the code; null for a code outside the root. */
  private pathTo(code: string): string[] | null {
    const lineage = this.regions.lineage(code).map((r) => r.code);
    const at = lineage.indexOf(this.rootCode);
    return at < 0 ? null : lineage.slice(0, at).reverse();
  }

  /** The node of a region (the root for the root code); undefined when nothing is recorded under it. */
  nodeOf(code: string): number | undefined {
    return code === this.rootCode ? 0 : this.tree.find(code);
  }

  /** The leaf that facts recorded at this code sit on. */
  leafOf(code: string): number | undefined {
    return this.leaves.get(code);
  }

  /** The 本级 leaf of a region: facts recorded at the region itself, beside its sub-regions. */
  ownOf(code: string): number | undefined {
    const node = this.nodeOf(code);
    if (node === undefined) return undefined;
    return this.tree.isLeaf(node) ? node : this.tree.find(`${code}:own`);
  }
}
