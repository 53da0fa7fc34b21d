import fs from 'node:fs/promises';
import path from 'node:path';

/** One example operation; GraphiQL titles its tab with the operation's name. */
export interface IdeExample {
  /** The file name without .graphql. */
  name: string;
  file: string;
  query: string;
}

/**
 * Every *.graphql file of the folder, sorted by name, read at each request so
 * a new example shows on the next page load. A missing folder means none.
 */
export async function readExamples(dir: string): Promise<IdeExample[]> {
  let files: string[];
  try {
    files = (await fs.readdir(dir)).filter((file) => file.endsWith('.graphql')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(
    files.map(async (file) => ({
      name: path.basename(file, '.graphql'),
      file,
      query: await fs.readFile(path.join(dir, file), 'utf8'),
    })),
  );
}
