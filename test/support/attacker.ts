/**
 * The curious reader of a published table: everything printed, every
 * identity the table must satisfy (totals, subtotals, nested measures), and
 * that no count is negative. For each hidden cell it tries exact rational
 * Gaussian elimination (is the cell a fixed value whatever the other hidden
 * cells are?) and then linear programming (the least and the most it can be).
 */

/** An exact rational, for the elimination. */
class Q {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static of(n: number | bigint): Q {
    return new Q(BigInt(n));
  }
  private static norm(n: bigint, d: bigint): Q {
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n < 0n ? -n : n, d);
    return new Q(n / g, d / g);
  }
  add(o: Q): Q {
    return Q.norm(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return Q.norm(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return Q.norm(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return Q.norm(this.n * o.d, this.d * o.n);
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/** total = Σ parts, over cell names. */
export interface Identity {
  total: string;
  parts: string[];
}

export interface AttackInput {
  identities: Identity[];
  /** Printed cells and their values. */
  known: ReadonlyMap<string, number>;
  /** Least value the reader may assume for a hidden cell (1 for a suppressed printed cell: zeros are printed). */
  lowerBound(name: string): number;
}

export interface Finding {
  /** The value elimination pins the cell to, or null. */
  determined: number | null;
  min: number;
  max: number;
}

/** What the reader can learn of every cell that is not printed but appears in an identity. */
export function attack(input: AttackInput): Map<string, Finding> {
  const unknown = [...new Set(input.identities.flatMap((i) => [i.total, ...i.parts]))].filter((name) => !input.known.has(name)).sort();
  const index = new Map(unknown.map((name, i) => [name, i]));
  // Rows: coefficients over the unknowns = constant.
  const rows: Array<{ a: number[]; b: number }> = [];
  for (const identity of input.identities) {
    const a = new Array<number>(unknown.length).fill(0);
    let b = 0;
    const term = (name: string, coefficient: number) => {
      const at = index.get(name);
      if (at === undefined) b -= coefficient * input.known.get(name)!;
      else a[at] += coefficient;
    };
    term(identity.total, 1);
    for (const part of identity.parts) term(part, -1);
    if (a.every((x) => x === 0)) {
      if (b !== 0) throw new Error(`the printed figures break ${identity.total} = ${identity.parts.join(' + ')}`);
      continue;
    }
    rows.push({ a, b });
  }
  const determined = eliminate(rows, unknown.length);
  const lower = unknown.map((name) => input.lowerBound(name));
  const out = new Map<string, Finding>();
  unknown.forEach((name, j) => {
    const objective = unknown.map((_, k) => (k === j ? 1 : 0));
    const max = optimum(rows, lower, objective);
    const min = -optimum(rows, lower, objective.map((c) => -c));
    out.set(name, { determined: determined[j], min, max });
  });
  return out;
}

/** Reduced row echelon form in exact rationals; a column whose pivot row has no other non-zero entry is determined. */
function eliminate(rows: Array<{ a: number[]; b: number }>, n: number): Array<number | null> {
  const m = rows.map((r) => [...r.a.map((x) => Q.of(x)), Q.of(r.b)]);
  const pivotOf = new Array<number>(n).fill(-1);
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    let p = r;
    while (p < m.length && m[p][c].isZero()) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const pivot = m[r][c];
    m[r] = m[r].map((x) => x.div(pivot));
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i][c].isZero()) continue;
      const f = m[i][c];
      m[i] = m[i].map((x, k) => x.sub(f.mul(m[r][k])));
    }
    pivotOf[c] = r++;
  }
  for (let i = r; i < m.length; i++) if (!m[i][n].isZero()) throw new Error('the printed figures contradict each other');
  return pivotOf.map((row, c) => {
    if (row < 0) return null;
    const others = m[row].slice(0, n).some((x, k) => k !== c && !x.isZero());
    return others ? null : m[row][n].toNumber();
  });
}

const EPS = 1e-9;

/** max c·x subject to A x = b, x ≥ lower; Infinity when unbounded. Two-phase simplex, Bland's rule. */
function optimum(rows: Array<{ a: number[]; b: number }>, lower: number[], c: number[]): number {
  const n = lower.length;
  const m = rows.length;
  // y = x − lower ≥ 0.
  const A = rows.map((r) => [...r.a]);
  const b = rows.map((r) => r.b - r.a.reduce((s, x, k) => s + x * lower[k], 0));
  for (let i = 0; i < m; i++) {
    if (b[i] < 0) {
      A[i] = A[i].map((x) => -x);
      b[i] = -b[i];
    }
  }
  const width = n + m;
  const t = A.map((row, i) => [...row, ...Array.from({ length: m }, (_, k) => (k === i ? 1 : 0)), b[i]]);
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const pivot = (row: number, col: number) => {
    const p = t[row][col];
    t[row] = t[row].map((x) => x / p);
    for (let i = 0; i < m; i++) {
      if (i === row || Math.abs(t[i][col]) < EPS) continue;
      const f = t[i][col];
      t[i] = t[i].map((x, k) => x - f * t[row][k]);
    }
    basis[row] = col;
  };
  const run = (cost: number[], allowed: (col: number) => boolean): number => {
    for (;;) {
      // Reduced costs of maximising cost·y.
      let entering = -1;
      for (let col = 0; col < width && entering < 0; col++) {
        if (!allowed(col) || basis.includes(col)) continue;
        let reduced = cost[col];
        for (let i = 0; i < m; i++) reduced -= cost[basis[i]] * t[i][col];
        if (reduced > EPS) entering = col;
      }
      if (entering < 0) return basis.reduce((s, col, i) => s + cost[col] * t[i][width], 0);
      let leaving = -1;
      let ratio = Infinity;
      for (let i = 0; i < m; i++) {
        if (t[i][entering] > EPS) {
          const r = t[i][width] / t[i][entering];
          if (r < ratio - EPS || (Math.abs(r - ratio) <= EPS && basis[i] < basis[leaving])) {
            ratio = r;
            leaving = i;
          }
        }
      }
      if (leaving < 0) return Infinity;
      pivot(leaving, entering);
    }
  };
  const phase1 = Array.from({ length: width }, (_, col) => (col >= n ? -1 : 0));
  if (run(phase1, () => true) < -1e-7) throw new Error('the printed figures admit no table');
  // Drive artificial variables out of the basis where possible.
  for (let i = 0; i < m; i++) {
    if (basis[i] < n) continue;
    const col = t[i].findIndex((x, k) => k < n && Math.abs(x) > EPS);
    if (col >= 0) pivot(i, col);
  }
  const cost = Array.from({ length: width }, (_, col) => (col < n ? c[col] : 0));
  const value = run(cost, (col) => col < n);
  return value === Infinity ? Infinity : value + c.reduce((s, x, k) => s + x * lower[k], 0);
}
