import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folders of src/ (and its root files, each a node of its own) form
 * layers; a layer imports only from the layers below it, type-only imports
 * included. Lowest first:
 *
 * - shared/: domain-free tools (identifiers, regions, paging, scalars, loaders, the clock);
 * - config.ts: the environment, parsed and checked once;
 * - observability/: the request's scope, logs, metrics and SQL-trace policy, which every layer above reports into;
 * - sources/: the databases (data sources, entities, the statement guard and timing, the SQL builder);
 * - auth/: viewers, permissions, credentials, the audit log;
 * - context.ts: the per-request context;
 * - records/: the record machinery;
 * - modules/: the domains;
 * - schema.ts, then http/ (serving: plugins, limits, health), then export/;
 * - the entry points: seed/, ide/, bootstrap.ts, server.ts, main.ts, cli/ (its commands), import/, cli.ts, emit-schema.ts.
 *
 * Folders and files not named below only have to stay out of cycles.
 */
const LAYERS = [
  'shared/',
  'config.ts',
  'observability/',
  'sources/',
  'auth/',
  'context.ts',
  'records/',
  'modules/',
  'schema.ts',
  'http/',
  'export/',
  'seed/',
  'ide/',
  'bootstrap.ts',
  'server.ts',
  'main.ts',
  'cli/',
  'import/',
  'cli.ts',
  'emit-schema.ts',
];

const SRC = path.resolve(__dirname, '../../src');

interface Edge {
  from: string;
  to: string;
  /** One import that makes the edge, for the message. */
  via: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The node a file of src/ belongs to: its top-level folder (`auth/`) or, for a root file, itself (`context.ts`). */
function nodeOf(file: string): string {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep);
  return rest.length > 0 ? `${first}/` : first;
}

/** The file an import names, or null outside src/ (packages, migrations). */
function resolved(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(from), specifier);
  if (path.relative(SRC, target).startsWith('..')) return null;
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(SRC, from)} imports ${specifier}, which names no file`);
}

/** Every import between two different nodes: import and export declarations, `import type`, import() and require(). */
function folderEdges(): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const target = resolved(file, fileName);
      if (!target) continue;
      const from = nodeOf(file);
      const to = nodeOf(target);
      if (from !== to && !edges.has(`${from} ${to}`)) edges.set(`${from} ${to}`, { from, to, via: `src/${path.relative(SRC, file)} imports '${fileName}'` });
    }
  }
  return [...edges.values()];
}

/** Each edge that closes a cycle (a back edge of a depth-first walk), with the cycle it closes. */
function cycles(edges: readonly Edge[]): string[] {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const done = new Set<string>();
  const path: string[] = [];
  const found: string[] = [];
  const walk = (node: string) => {
    path.push(node);
    for (const edge of out.get(node) ?? []) {
      const at = path.indexOf(edge.to);
      if (at >= 0) found.push(`${[...path.slice(at), edge.to].join(' → ')}: closed by ${edge.from} → ${edge.to} (${edge.via})`);
      else if (!done.has(edge.to)) walk(edge.to);
    }
    path.pop();
    done.add(node);
  };
  for (const node of [...out.keys()].sort()) if (!done.has(node)) walk(node);
  return found;
}

describe('architecture: imports between the folders of src/', () => {
  const edges = folderEdges();

  it('finds the imports it checks (type-only ones included)', () => {
    // A parser that saw nothing would pass everything below.
    expect(edges.length).toBeGreaterThan(50);
    expect(edges).toContainEqual(expect.objectContaining({ from: 'records/', to: 'context.ts' }));
  });

  it('has no cycle between top-level folders and root files', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('imports only downward through the layers', () => {
    const rank = (node: string) => LAYERS.indexOf(node);
    const upward = edges.filter((e) => rank(e.from) >= 0 && rank(e.to) >= 0 && rank(e.to) > rank(e.from));
    expect(upward.map((e) => `${e.from} → ${e.to} (${e.via})`)).toEqual([]);
  });

  it('reports the edge that closes a cycle', () => {
    const found = cycles([
      { from: 'a/', to: 'b/', via: 'src/a/x.ts imports ../b/y' },
      { from: 'b/', to: 'c.ts', via: 'src/b/y.ts imports ../c' },
      { from: 'c.ts', to: 'a/', via: "src/c.ts imports './a/x'" },
    ]);
    expect(found).toEqual(["a/ → b/ → c.ts → a/: closed by c.ts → a/ (src/c.ts imports './a/x')"]);
  });
});
