import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const IDE_DIST = path.join(ROOT, 'ide', 'dist');
export const EXAMPLES_DIR = path.join(ROOT, 'schema', 'examples');

/** What a browser sends when it navigates to a page. */
export const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/**
 * `npm ci` builds the IDE and the dashboard (prepare); a work tree
 * installed with --ignore-scripts has neither, so build them here rather
 * than fail obscurely.
 */
export function ensureIdeBuilt(): void {
  if (['index.html', 'dashboard.html'].every((page) => fs.existsSync(path.join(IDE_DIST, page)))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-ide.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

/** GraphiQL titles a tab with the operation name it finds this way (@graphiql/react, utility/tabs). */
export function graphiqlTabTitle(query: string): string | null {
  return /^(?!#).*(query|subscription|mutation)\s+([a-zA-Z0-9_]+)/m.exec(query)?.[2] ?? null;
}
