/**
 * One dimension of a table as a tree: the root is the total over the
 * dimension, every other node is the sum of its children (a city of its
 * counties, a quarter of its months, a total of its categories). Node 0 is
 * the root. Leaves carry the facts; inner nodes are margins.
 */
export class DimTree {
  readonly parent: number[] = [-1];
  readonly children: number[][] = [[]];
  readonly depth: number[] = [0];
  private readonly byKey = new Map<string, number>([['', 0]]);

  get size(): number {
    return this.parent.length;
  }

  /** The node of `key` under `parent`, made on first use. Keys are unique within the tree. */
  node(key: string, parent = 0): number {
    const found = this.byKey.get(key);
    if (found !== undefined) {
      if (this.parent[found] !== parent) throw new Error(`dimension node "${key}" is already under another parent`);
      return found;
    }
    const id = this.parent.length;
    this.parent.push(parent);
    this.children.push([]);
    this.depth.push(this.depth[parent] + 1);
    this.children[parent].push(id);
    this.byKey.set(key, id);
    return id;
  }

  find(key: string): number | undefined {
    return this.byKey.get(key);
  }

  isLeaf(node: number): boolean {
    return this.children[node].length === 0;
  }

  /** The node and its ancestors, from the node up to the root. */
  lineage(node: number): number[] {
    const out: number[] = [];
    for (let n = node; n >= 0; n = this.parent[n]) out.push(n);
    return out;
  }

  /** Whether `node` lies in the subtree of `ancestor` (itself included). */
  isUnder(node: number, ancestor: number): boolean {
    for (let n = node; n >= 0; n = this.parent[n]) if (n === ancestor) return true;
    return false;
  }
}

/** A tree of one level: the total and its categories (target groups, levels, kinds, group keys). */
export function flatTree(keys: Iterable<string>): DimTree {
  const tree = new DimTree();
  for (const key of keys) tree.node(key);
  return tree;
}
