import fs from 'node:fs/promises';
import path from 'node:path';
import { API_ROLES, ApiRole } from '../shared/auth/roles';

/** One example operation; GraphiQL titles its tab with the operation's name. */
export interface IdeExample {
  /** The file name without .graphql. */
  name: string;
  file: string;
  query: string;
  /** The role the example is written for, from its first line `# Viewer: ROLE …`; null when it names none. */
  viewer: ApiRole | null;
}

/** The first line of every example: `# Viewer: PUBLIC — anyone, no key`. */
const VIEWER_LINE = /^#\s*Viewer:\s*([A-Z_]+)\b/;

export function exampleViewer(query: string): ApiRole | null {
  const role = VIEWER_LINE.exec(query.split('\n', 1)[0])?.[1];
  return role && (API_ROLES as readonly string[]).includes(role) ? (role as ApiRole) : null;
}

/** PUBLIC examples first (a first-time visitor has no key), then by role, then by name. */
function byViewerThenName(a: IdeExample, b: IdeExample): number {
  const rank = (e: IdeExample) => (e.viewer ? API_ROLES.indexOf(e.viewer) : API_ROLES.length);
  return rank(a) - rank(b) || a.name.localeCompare(b.name);
}

/**
 * Every *.graphql file of the folder, read at each request so a new
 * example shows on the next page load. A missing folder means none.
 */
export async function readExamples(dir: string): Promise<IdeExample[]> {
  let files: string[];
  try {
    files = (await fs.readdir(dir)).filter((file) => file.endsWith('.graphql'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const examples = await Promise.all(
    files.map(async (file) => {
      const query = await fs.readFile(path.join(dir, file), 'utf8');
      return { name: path.basename(file, '.graphql'), file, query, viewer: exampleViewer(query) };
    }),
  );
  return examples.sort(byViewerThenName);
}
