import { DimTree, flatTree } from '../../../src/modules/statistics/suppression/dim-tree';
import { protect, SuppressionTable } from '../../../src/modules/statistics/suppression/protect';
import { attack } from '../../support/attacker';
import { exposures } from '../../support/suppression-tables';

/** A deterministic stream of small counts, mostly small (as county × month cells are), some zero. */
function counts(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    const r = s / 2147483648;
    return r < 0.25 ? 0 : r < 0.6 ? 1 + Math.floor(r * 10) % 4 : 3 + Math.floor(r * 100) % 12;
  };
}

const everyCellPrinted = () => true;
const leavesAndTotal = (dims: DimTree[]) => (at: readonly number[]) => at.every((n, i) => dims[i].isLeaf(n)) || at.every((n) => n === 0);

describe('attacker', () => {
  it('finds a cell hidden alone in a row with its total, and bounds a pair', () => {
    const identities = [{ total: 't', parts: ['a', 'b', 'c'] }];
    const alone = attack({ identities, known: new Map([['t', 10], ['b', 4], ['c', 5]]), lowerBound: () => 1 });
    expect(alone.get('a')).toMatchObject({ determined: 1, min: 1, max: 1 });
    const pair = attack({ identities, known: new Map([['t', 10], ['c', 5]]), lowerBound: () => 1 });
    expect(pair.get('a')).toMatchObject({ determined: null });
    expect(pair.get('a')!.min).toBeCloseTo(1);
    expect(pair.get('a')!.max).toBeCloseTo(4);
  });

  it('solves a 2 × 2 table with margins where one inner cell is hidden, not one where a rectangle is', () => {
    // rows r1, r2, columns c1, c2, totals.
    const identities = [
      { total: 'r1', parts: ['a', 'b'] },
      { total: 'r2', parts: ['c', 'd'] },
      { total: 'c1', parts: ['a', 'c'] },
      { total: 'c2', parts: ['b', 'd'] },
      { total: 't', parts: ['r1', 'r2'] },
    ];
    const values = { a: 2, b: 9, c: 8, d: 7, r1: 11, r2: 15, c1: 10, c2: 16, t: 26 };
    const without = (...names: string[]) => new Map(Object.entries(values).filter(([k]) => !names.includes(k)));
    expect(attack({ identities, known: without('a'), lowerBound: () => 1 }).get('a')!.determined).toBe(2);
    const rectangle = attack({ identities, known: without('a', 'b', 'c', 'd'), lowerBound: () => 1 }).get('a')!;
    expect(rectangle.determined).toBeNull();
    expect(rectangle.max).toBeCloseTo(9);
  });
});

describe('small-cell protection', () => {
  it('suppresses a small count and a partner large enough that the total gives neither away, and prints zeros', () => {
    const dims = [flatTree(['a', 'b', 'c', 'd'])];
    const table: SuppressionTable = { dims, leaves: [[1, 1], [2, 7], [3, 9], [4, 0]].map(([n, value]) => ({ at: [n], value })), isPublished: everyCellPrinted };
    const p = protect(table, 5);
    expect(p.isSuppressed([1])).toBe(true);
    expect(p.isSuppressed([4])).toBe(false);
    expect(p.isSuppressed([0])).toBe(false);
    expect(p.suppressed()).toHaveLength(2);
    expect(exposures(table, p)).toEqual([]);
  });

  it('suppresses nothing with a threshold of 1', () => {
    const dims = [flatTree(['a', 'b'])];
    const p = protect({ dims, leaves: [{ at: [1], value: 1 }, { at: [2], value: 3 }], isPublished: everyCellPrinted }, 1);
    expect(p.suppressed()).toEqual([]);
  });

  it('protects every small cell of a region tree × categories table with all margins printed, against elimination and bounds', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const next = counts(seed);
      const regions = new DimTree();
      const cities = [0, 1, 2, 3].map((c) => regions.node(`c${c}`));
      const leaves: Array<{ at: number[]; value: number }> = [];
      const categories = flatTree(['x', 'y', 'z']);
      for (const city of cities) {
        const places = [0, 1, 2].map((k) => regions.node(`c${city}-${k}`, city));
        places.push(regions.node(`c${city}-own`, city));
        for (const place of places) for (const category of [1, 2, 3]) leaves.push({ at: [place, category], value: next() });
      }
      const table: SuppressionTable = { dims: [regions, categories], leaves, isPublished: everyCellPrinted };
      const p = protect(table, 5);
      expect({ seed, exposed: exposures(table, p) }).toEqual({ seed, exposed: [] });
    }
  });

  it('protects implicit cells of nested measures (enrolled − completed − dropped), which are never printed', () => {
    // Measures: enrollments → { completed → { passed, completed but failed* }, dropped, still in training* }; * implicit.
    const measures = new DimTree();
    const completed = measures.node('completed');
    const passed = measures.node('passed', completed);
    const failed = measures.node('failed', completed);
    const dropped = measures.node('dropped');
    const training = measures.node('training');
    const implicit = new Set([failed, training]);
    for (let seed = 1; seed <= 8; seed++) {
      const next = counts(seed * 7);
      const groups = flatTree(['g1', 'g2', 'g3', 'g4', 'g5']);
      const leaves = [1, 2, 3, 4, 5].flatMap((g) => [passed, failed, dropped, training].map((m) => ({ at: [g, m], value: next() + (m === passed ? 6 : 0) })));
      const table: SuppressionTable = { dims: [groups, measures], leaves, isPublished: (at) => !implicit.has(at[1]) };
      const p = protect(table, 5);
      expect({ seed, exposed: exposures(table, p) }).toEqual({ seed, exposed: [] });
    }
  });

  it('protects a county × month table that prints only its cells and the grand total, even when every margin is known', () => {
    for (let seed = 1; seed <= 3; seed++) {
      const next = counts(seed * 13);
      const regions = new DimTree();
      const time = new DimTree();
      const counties: number[] = [];
      for (const city of ['a', 'b']) {
        const c = regions.node(city);
        for (const k of [1, 2, 3]) counties.push(regions.node(`${city}${k}`, c));
      }
      const months: number[] = [];
      const year = time.node('2024');
      for (const q of [1, 2]) {
        const quarter = time.node(`2024-Q${q}`, year);
        for (const m of [1, 2, 3]) months.push(time.node(`2024-${q}${m}`, quarter));
      }
      const leaves = counties.flatMap((county) => months.map((month) => ({ at: [county, month], value: next() + 2 })));
      const dims = [regions, time];
      const table: SuppressionTable = { dims, leaves, isPublished: leavesAndTotal(dims) };
      const p = protect(table, 5);
      expect({ seed, exposed: exposures(table, p) }).toEqual({ seed, exposed: [] });
      expect({ seed, exposed: exposures(table, p, { marginsKnown: true }).filter(() => p.answerOnly === 0) }).toEqual({ seed, exposed: [] });
    }
  });
});
