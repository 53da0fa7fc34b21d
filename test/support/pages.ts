/** What the page walkers read of a connection. */
interface Page<N> {
  edges: ReadonlyArray<{ node: N }>;
  pageInfo: { hasNextPage?: boolean; hasPreviousPage?: boolean; startCursor?: string | null; endCursor?: string | null };
}

/** At most this many pages: a cursor that never ends fails the walk's comparison instead of hanging the test. */
const MAX_PAGES = 1000;

/** Every node of a list, walking forward (first/after) from the start until hasNextPage is false. */
export async function walkForward<N>(page: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let n = 0; n < MAX_PAGES; n++) {
    const current: Page<N> = await page(after);
    nodes.push(...current.edges.map((e) => e.node));
    if (!current.pageInfo.hasNextPage) break;
    after = current.pageInfo.endCursor ?? null;
  }
  return nodes;
}

/** Every node of a list in list order, walking backward (last/before) from the end until hasPreviousPage is false. */
export async function walkBackward<N>(page: (before: string | null) => Promise<Page<N>>): Promise<N[]> {
  const pages: N[][] = [];
  let before: string | null = null;
  for (let n = 0; n < MAX_PAGES; n++) {
    const current: Page<N> = await page(before);
    pages.unshift(current.edges.map((e) => e.node));
    if (!current.pageInfo.hasPreviousPage) break;
    before = current.pageInfo.startCursor ?? null;
  }
  return pages.flat();
}
