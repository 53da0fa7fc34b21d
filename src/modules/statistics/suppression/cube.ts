import { DimTree } from './dim-tree';

/**
 * Every cell of a table over tree dimensions — leaves and all their margins —
 * with its value, addressed by one number (mixed radix over the dimensions).
 * Only cells with a non-zero value are held; every other cell is zero.
 */
export class Cube {
  readonly strides: number[];
  private readonly values = new Map<number, number>();

  constructor(
    readonly dims: readonly DimTree[],
    leaves: ReadonlyArray<{ at: readonly number[]; value: number }>,
  ) {
    this.strides = [];
    let stride = 1;
    for (const dim of dims) {
      this.strides.push(stride);
      stride *= dim.size;
    }
    if (!Number.isSafeInteger(stride)) throw new Error('suppression table too large to address');
    for (const leaf of leaves) {
      if (leaf.value === 0) continue;
      if (!Number.isInteger(leaf.value) || leaf.value < 0) throw new Error(`a table cell must be a whole number of persons, got ${leaf.value}`);
      leaf.at.forEach((node, i) => {
        if (!dims[i].isLeaf(node)) throw new Error('a fact must sit on a leaf of every dimension');
      });
      this.addToMargins(leaf.at, leaf.value);
    }
  }

  /** Adds a leaf's value to the leaf and to every margin above it (the product of the dimensions' lineages). */
  private addToMargins(at: readonly number[], value: number): void {
    const lineages = at.map((node, i) => this.dims[i].lineage(node));
    const walk = (i: number, key: number) => {
      if (i === lineages.length) {
        this.values.set(key, (this.values.get(key) ?? 0) + value);
        return;
      }
      for (const node of lineages[i]) walk(i + 1, key + node * this.strides[i]);
    };
    walk(0, 0);
  }

  key(at: readonly number[]): number {
    let key = 0;
    for (let i = 0; i < at.length; i++) key += at[i] * this.strides[i];
    return key;
  }

  coords(key: number): number[] {
    return this.dims.map((dim, i) => Math.floor(key / this.strides[i]) % dim.size);
  }

  value(key: number): number {
    return this.values.get(key) ?? 0;
  }

  /** Keys of the non-zero cells. */
  keys(): IterableIterator<number> {
    return this.values.keys();
  }
}
