import { Cube } from '../../src/modules/statistics/suppression/cube';
import { DimTree } from '../../src/modules/statistics/suppression/dim-tree';
import { Protection, SuppressionTable } from '../../src/modules/statistics/suppression/protect';
import { attack, Finding, Identity } from './attacker';

/** Every cell of a table over tree dimensions, named by its coordinates. */
export function allCells(dims: readonly DimTree[]): number[][] {
  let out: number[][] = [[]];
  for (const dim of dims) out = out.flatMap((prefix) => Array.from({ length: dim.size }, (_, n) => [...prefix, n]));
  return out;
}

export const cellName = (at: readonly number[]) => at.join(',');

/** Every identity of the table: each inner node of a dimension is the sum of its children, whatever the other coordinates. */
export function identitiesOf(dims: readonly DimTree[]): Identity[] {
  const out: Identity[] = [];
  for (const at of allCells(dims)) {
    dims.forEach((dim, i) => {
      if (dim.isLeaf(at[i])) return;
      out.push({ total: cellName(at), parts: dim.children[at[i]].map((child) => cellName(at.map((n, j) => (j === i ? child : n)))) });
    });
  }
  return out;
}

export interface Exposure {
  cell: string;
  value: number;
  finding: Finding;
}

/**
 * Attacks a protected table as its reader would, and returns every
 * sensitive cell (1 … threshold−1, printed or implicit) the reader can pin
 * down, or bound below the threshold (so tell it is small). `marginsKnown`
 * gives the reader every non-sensitive cell the answer does not print, as if
 * other queries had printed them.
 */
export function exposures(table: SuppressionTable, protection: Protection, options: { marginsKnown?: boolean } = {}): Exposure[] {
  const cube = new Cube(table.dims, table.leaves);
  const threshold = protection.threshold;
  const known = new Map<string, number>();
  const hiddenPrinted = new Set<string>();
  for (const at of allCells(table.dims)) {
    const value = cube.value(cube.key(at));
    const printed = table.isPublished(at);
    if (printed && protection.isSuppressed(at)) hiddenPrinted.add(cellName(at));
    else if (printed) known.set(cellName(at), value);
    else if (options.marginsKnown && !(value > 0 && value < threshold)) known.set(cellName(at), value);
  }
  const findings = attack({ identities: identitiesOf(table.dims), known, lowerBound: (name) => (hiddenPrinted.has(name) ? 1 : 0) });
  const out: Exposure[] = [];
  for (const at of allCells(table.dims)) {
    const value = cube.value(cube.key(at));
    if (!(value > 0 && value < threshold)) continue;
    const name = cellName(at);
    if (known.has(name)) {
      out.push({ cell: name, value, finding: { determined: value, min: value, max: value } });
      continue;
    }
    const finding = findings.get(name);
    // A sensitive cell in no identity at all is a lone printed cell: it must be suppressed, and then nothing bounds it.
    if (!finding) continue;
    if (finding.determined !== null || finding.max < threshold - 1e-6) out.push({ cell: name, value, finding });
  }
  return out;
}
