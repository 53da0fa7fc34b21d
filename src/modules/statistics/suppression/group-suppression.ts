import { RegionKeyValues, TimeKeyValues } from '../dimensions';
import { DimTree } from './dim-tree';
import { protect } from './protect';

/**
 * A measure tree of a family: each printed measure, the measures nested in
 * it, and the implicit remainders (enrolled but neither completed nor
 * dropped) that are counts of persons though never printed.
 */
export interface MeasureNode {
  name: string;
  printed: boolean;
  children?: MeasureNode[];
}

export interface GroupSuppressionInput<K> {
  /** The dimensions grouped by (after CITY was implied by COUNTY). */
  dimensions: readonly string[];
  groups: ReadonlyArray<{ keys: K }>;
  measures: MeasureNode;
  /** Each leaf measure's count of persons in a group (its remainders included). */
  atoms(group: number): Record<string, number>;
  threshold: number;
}

export interface GroupSuppression {
  /** Printed measures suppressed in each group, in measure order. */
  groups: string[][];
  total: string[];
}

const REGION = new Set(['CITY', 'COUNTY']);
const TIME = new Set(['YEAR', 'QUARTER', 'MONTH']);
const NONE = '∅';

/**
 * Small-cell protection of a group-by answer. The table is the groups as
 * leaves of one tree per dimension — counties under their cities, months
 * under their quarters and years — with the measures as one more dimension,
 * so the margins the answer leaves out (a city's total, a quarter's) are
 * cells of the table too: another question may print them.
 */
export function suppressGroups<K extends RegionKeyValues & TimeKeyValues>(input: GroupSuppressionInput<K>): GroupSuppression {
  const dims: DimTree[] = [];
  const placers: Array<(keys: K) => number> = [];
  const asked = new Set(input.dimensions);
  if ([...asked].some((d) => REGION.has(d))) {
    const tree = new DimTree();
    dims.push(tree);
    placers.push((keys) => {
      const city = keys.city ?? NONE;
      const cityNode = tree.node(`c:${city}`);
      return asked.has('COUNTY') && keys.city !== null ? tree.node(`k:${keys.county ?? `${city}:own`}`, cityNode) : cityNode;
    });
  }
  if ([...asked].some((d) => TIME.has(d))) {
    const tree = new DimTree();
    dims.push(tree);
    placers.push((keys) => {
      const month = keys.month;
      const year = keys.year ?? Number((keys.quarter ?? month)!.slice(0, 4));
      let node = tree.node(`y:${year}`);
      if (!asked.has('QUARTER') && !asked.has('MONTH')) return node;
      const quarter = keys.quarter ?? `${year}-Q${Math.floor((Number(month!.slice(5, 7)) - 1) / 3) + 1}`;
      node = tree.node(`q:${quarter}`, node);
      return asked.has('MONTH') ? tree.node(`m:${month}`, node) : node;
    });
  }
  for (const dimension of input.dimensions) {
    if (REGION.has(dimension) || TIME.has(dimension)) continue;
    const field = fieldOf(dimension);
    const tree = new DimTree();
    dims.push(tree);
    placers.push((keys) => tree.node(JSON.stringify((keys as Record<string, unknown>)[field] ?? null)));
  }
  const measureTree = new DimTree();
  const printed = new Map<number, string>();
  const leaves = new Map<string, number>();
  const addMeasure = (m: MeasureNode, parent: number) => {
    const node = m === input.measures ? 0 : measureTree.node(m.name, parent);
    if (m.printed) printed.set(node, m.name);
    if (!m.children?.length) leaves.set(m.name, node);
    for (const child of m.children ?? []) addMeasure(child, node);
  };
  addMeasure(input.measures, 0);
  dims.push(measureTree);

  const groupAt = input.groups.map((g) => placers.map((place) => place(g.keys)));
  const cells: Array<{ at: number[]; value: number }> = [];
  input.groups.forEach((_, i) => {
    for (const [name, value] of Object.entries(input.atoms(i))) {
      if (value < 0) throw new Error(`group figures: the remainder ${name} is negative`);
      cells.push({ at: [...groupAt[i], leaves.get(name)!], value });
    }
  });
  const groupDims = dims.length - 1;
  const protection = protect(
    {
      dims,
      leaves: cells,
      isPublished: (at) => {
        if (!printed.has(at[groupDims])) return false;
        const place = at.slice(0, groupDims);
        return place.every((n, i) => dims[i].isLeaf(n)) || place.every((n) => n === 0);
      },
    },
    input.threshold,
  );
  const hidden = (place: number[]) => [...printed].filter(([node]) => protection.isSuppressed([...place, node])).map(([, name]) => name);
  return { groups: groupAt.map(hidden), total: hidden(new Array<number>(groupDims).fill(0)) };
}

const FIELDS: Record<string, string> = {
  TARGET_GROUP: 'targetGroup',
  STATUS: 'status',
  ICH_CATEGORY: 'ichCategory',
  ICH_LEVEL: 'ichLevel',
  CERTIFICATE_KIND: 'certificateKind',
  CERTIFICATE_LEVEL: 'certificateLevel',
  EVALUATOR_TYPE: 'evaluatorType',
  BORROWER_KIND: 'borrowerKind',
  TERM_MONTHS: 'termMonths',
};

function fieldOf(dimension: string): string {
  const field = FIELDS[dimension];
  if (!field) throw new Error(`no group key for dimension ${dimension}`);
  return field;
}

/** Without person:read, COUNTY is grouped within its city, so that facts recorded at city level stay apart by city and counties add up to cities. */
export function withImpliedCity<D extends string>(dimensions: D[]): D[] {
  if (!dimensions.includes('COUNTY' as D) || dimensions.includes('CITY' as D)) return dimensions;
  const at = dimensions.indexOf('COUNTY' as D);
  return [...dimensions.slice(0, at), 'CITY' as D, ...dimensions.slice(at)];
}
