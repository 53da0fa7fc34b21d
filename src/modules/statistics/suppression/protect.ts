import { Cube } from './cube';
import { DimTree } from './dim-tree';

/**
 * A table of counts of persons as an answer shows it: tree dimensions, the
 * facts on their leaves, and which cells (leaves or margins) the answer
 * prints. Cells the answer does not print are margins it leaves out (a
 * city's total in a table by county) or implicit cells (enrolled minus
 * completed minus dropped): not shown, but counts of persons all the same.
 */
export interface SuppressionTable {
  dims: DimTree[];
  leaves: ReadonlyArray<{ at: readonly number[]; value: number }>;
  isPublished(at: readonly number[]): boolean;
}

export interface Protection {
  readonly threshold: number;
  isSuppressed(at: readonly number[]): boolean;
  /** The suppressed printed cells, as coordinates. */
  suppressed(): number[][];
  /**
   * Sensitive cells that could be protected only on the assumption that the
   * margins this answer does not print stay unknown (see README: residual risk).
   */
  readonly answerOnly: number;
}

type Freedom = 'free' | 'cost' | 'fixed';
type Mode = 'margins-known' | 'answer-only';

interface Pattern {
  nodes: number[];
  signs: number[];
}

/** Per dimension, the partner patterns tried for one cell; their product is the search space. */
const PATTERNS_PER_DIM = 5;
const MAX_COMBINATIONS = 400;
const MAX_STEPS = 16;

/**
 * Small-cell protection of one answer. A count is sensitive when it holds
 * 1 … threshold−1 persons. Sensitive printed cells are suppressed (primary);
 * then, for every sensitive cell, printed or implicit, further cells are
 * suppressed (complementary) until the rest of the answer provably allows
 * it to be as large as the threshold: it cannot be told from a count that
 * would have been printed, so it is neither determined nor known to be small.
 *
 * The proof is constructive: a move is a vector over the cells that keeps
 * every identity of the table (each node the sum of its children, in every
 * dimension) and touches only cells the attacker does not know. In a table
 * of tree dimensions such vectors are products of one vector per dimension:
 * a root-to-leaf path (+1 on each node), or the difference of two such paths
 * below a common ancestor. Moving along them (staying at or above 1 in every
 * unknown cell, since zeros are printed and never suppressed, the attacker
 * knows each hidden cell holds at least one person) reaches a table that
 * matches everything printed and has the sensitive cell at the threshold:
 * so no reasoning over the answer, Gaussian elimination or bounds alike,
 * can show it to be small. (A lower bound may remain: the attacker may learn
 * that a suppressed total of two suppressed cells holds at least two.)
 *
 * Margins the answer leaves out are assumed known when they are not
 * sensitive themselves (another query can print them); only where that
 * leaves no protection are they treated as unknown, and counted in
 * `answerOnly`.
 */
export function protect(table: SuppressionTable, threshold: number): Protection {
  const cube = new Cube(table.dims, table.leaves);
  const suppressed = new Set<number>();
  if (threshold <= 1) return result(cube, suppressed, threshold, 0);

  const printed = new Map<number, boolean>();
  const isPrinted = (key: number) => {
    let p = printed.get(key);
    if (p === undefined) {
      p = table.isPublished(cube.coords(key));
      printed.set(key, p);
    }
    return p;
  };
  const sensitive = (v: number) => v > 0 && v < threshold;

  const targets: number[] = [];
  for (const key of cube.keys()) {
    const v = cube.value(key);
    if (!sensitive(v)) continue;
    targets.push(key);
    if (isPrinted(key)) suppressed.add(key);
  }
  const level = (key: number) => cube.coords(key).reduce((sum, node, i) => sum + table.dims[i].depth[node], 0);
  targets.sort((a, b) => level(a) - level(b) || cube.value(a) - cube.value(b) || a - b);

  const freedom = (key: number, mode: Mode): Freedom => {
    const v = cube.value(key);
    if (v === 0) return 'fixed';
    if (isPrinted(key)) return suppressed.has(key) ? 'free' : 'cost';
    return sensitive(v) || mode === 'answer-only' ? 'free' : 'fixed';
  };

  let answerOnly = 0;
  for (const target of targets) {
    if (shield(cube, target, threshold, 'margins-known', freedom, suppressed)) continue;
    if (shield(cube, target, threshold, 'answer-only', freedom, suppressed)) {
      answerOnly++;
      continue;
    }
    // No move found (should not happen: a path product through the margins always exists): print nothing of the table.
    for (const key of cube.keys()) if (isPrinted(key)) suppressed.add(key);
    break;
  }
  return result(cube, suppressed, threshold, answerOnly);
}

function result(cube: Cube, suppressed: Set<number>, threshold: number, answerOnly: number): Protection {
  return {
    threshold,
    answerOnly,
    isSuppressed: (at) => suppressed.has(cube.key(at)),
    suppressed: () => [...suppressed].map((key) => cube.coords(key)),
  };
}

/**
 * Finds moves that take the target up to the threshold, suppressing the
 * printed cells they pass through; false when none can be found in this
 * mode (cells suppressed on the way stay suppressed: harmless).
 */
function shield(cube: Cube, target: number, threshold: number, mode: Mode, freedom: (key: number, mode: Mode) => Freedom, suppressed: Set<number>): boolean {
  let need = threshold - cube.value(target);
  // The table the moves build, as changes to the true values.
  const moved = new Map<number, number>();
  const at = cube.coords(target);
  for (let step = 0; step < MAX_STEPS && need > 0; step++) {
    const best = bestMove(cube, at, mode, freedom, moved, need);
    if (!best) return false;
    const length = Math.min(best.slack, need);
    for (const [key, sign] of best.cells) {
      if (freedom(key, mode) === 'cost') suppressed.add(key);
      moved.set(key, (moved.get(key) ?? 0) + sign * length);
    }
    need -= length;
  }
  return need <= 0;
}

interface Move {
  cells: Array<[number, number]>;
  cost: number;
  /** How far the move can go before an unknown cell would fall below one. */
  slack: number;
}

function bestMove(cube: Cube, at: number[], mode: Mode, freedom: (key: number, mode: Mode) => Freedom, moved: Map<number, number>, need: number): Move | null {
  const options = at.map((_, i) => patterns(cube, at, i, mode, freedom));
  if (options.some((o) => o.length === 0)) return null;
  // Trim the widest dimensions until the product is small enough to try in full.
  const counts = options.map((o) => o.length);
  while (counts.reduce((p, c) => p * c, 1) > MAX_COMBINATIONS) {
    const widest = counts.indexOf(Math.max(...counts));
    counts[widest]--;
  }
  let best: Move | null = null;
  let bestScore: number[] | null = null;
  const choice = new Array<number>(at.length).fill(0);
  for (;;) {
    const move = evaluate(cube, options.map((o, i) => o[choice[i]]), mode, freedom, moved);
    if (move && move.slack > 0) {
      const gain = Math.min(move.slack, need);
      const score = [gain >= need ? 0 : 1, move.cost, -gain, move.cells.length];
      if (!bestScore || lexLess(score, bestScore)) {
        best = move;
        bestScore = score;
      }
    }
    let i = 0;
    while (i < choice.length && ++choice[i] >= counts[i]) choice[i++] = 0;
    if (i === choice.length) break;
  }
  return best;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** The cells of a product of per-dimension patterns, with their signs; null if it touches a cell the attacker knows. */
function evaluate(cube: Cube, chosen: Pattern[], mode: Mode, freedom: (key: number, mode: Mode) => Freedom, moved: Map<number, number>): Move | null {
  const cells: Array<[number, number]> = [];
  let cost = 0;
  let slack = Infinity;
  const walk = (i: number, key: number, sign: number): boolean => {
    if (i === chosen.length) {
      const f = freedom(key, mode);
      if (f === 'fixed') return false;
      // Suppressing a larger figure (a total) loses more than suppressing a small one.
      if (f === 'cost') cost += 1 + Math.log2(1 + cube.value(key)) / 4;
      // Every unknown cell stays at one or more: the attacker knows zeros are printed.
      if (sign < 0) slack = Math.min(slack, cube.value(key) + (moved.get(key) ?? 0) - 1);
      cells.push([key, sign]);
      return true;
    }
    const p = chosen[i];
    for (let j = 0; j < p.nodes.length; j++) if (!walk(i + 1, key + p.nodes[j] * cube.strides[i], sign * p.signs[j])) return false;
    return true;
  };
  if (!walk(0, 0, 1)) return null;
  return { cells, cost, slack: Math.max(0, slack) };
}

/**
 * One-dimension moves through the target's node `at[i]` (sign +1 there):
 * differences of two root-to-leaf paths below a common ancestor (nearest
 * ancestors first, partners with larger values first), then the full path.
 * Below an inner node the path follows the child with the largest value.
 */
function patterns(cube: Cube, at: number[], i: number, mode: Mode, freedom: (key: number, mode: Mode) => Freedom): Pattern[] {
  const tree = cube.dims[i];
  const a = at[i];
  const keyWith = (node: number) => cube.key(at.map((n, j) => (j === i ? node : n)));
  const descend = (node: number): number[] | null => {
    const path: number[] = [];
    let current = node;
    while (!tree.isLeaf(current)) {
      let bestChild = -1;
      let bestValue = 0;
      for (const child of tree.children[current]) {
        const v = cube.value(keyWith(child));
        if (v > bestValue) {
          bestValue = v;
          bestChild = child;
        }
      }
      if (bestChild < 0) return null;
      path.push(bestChild);
      current = bestChild;
    }
    return path;
  };
  const below = descend(a);
  if (below === null) return [];
  const out: Pattern[] = [];
  const lineage = tree.lineage(a);
  for (let up = 1; up < lineage.length && up <= 3; up++) {
    const ancestor = lineage[up];
    const toward = lineage[up - 1];
    const plus = [...lineage.slice(0, up).reverse(), ...below];
    const partners = tree.children[ancestor]
      .filter((s) => s !== toward)
      .map((s) => ({ s, key: keyWith(s) }))
      .filter(({ key }) => cube.value(key) > 0 && freedom(key, mode) !== 'fixed')
      // Partners the attacker already cannot see first, then the largest.
      .sort((x, y) => Number(freedom(x.key, mode) !== 'free') - Number(freedom(y.key, mode) !== 'free') || cube.value(y.key) - cube.value(x.key))
      .slice(0, PATTERNS_PER_DIM);
    for (const { s } of partners) {
      const minus = descend(s);
      if (minus === null) continue;
      const minusNodes = [s, ...minus];
      out.push({ nodes: [...plus, ...minusNodes], signs: [...plus.map(() => 1), ...minusNodes.map(() => -1)] });
    }
    if (out.length >= PATTERNS_PER_DIM) break;
  }
  const path = [...[...lineage].reverse(), ...below];
  out.push({ nodes: path, signs: path.map(() => 1) });
  return out;
}
