/**
 * Global ids as clients see them (base64url of `Type:key`), encoded and
 * decoded here independently of the code under test, so a test notices when
 * the server's encoding changes.
 */
export function globalId(type: string, key: number | string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** The row id inside a global id; with `type`, the id must name that type. */
export function rowIdOf(id: string, type?: string): number {
  const [t, key] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  if (type !== undefined && t !== type) throw new Error(`${id} is the id of a ${t}, not of a ${type}`);
  return Number(key);
}

/** The type named by a global id. */
export function typeOfId(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[0];
}

/** The row ids of a connection's nodes, in order. */
export function nodeRowIds(connection: { edges: ReadonlyArray<{ node: { id: string } }> }, type?: string): number[] {
  return connection.edges.map((e) => rowIdOf(e.node.id, type));
}
