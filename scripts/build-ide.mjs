#!/usr/bin/env node
// Bundles the GraphiQL 5 IDE (ide/src) and the dispatch dashboard
// (ide/src/dashboard) with esbuild into static files in ide/dist, which the
// server serves itself: the pages must work on a machine with no internet, so
// React, GraphiQL, Monaco and Monaco's web workers, ECharts, and the Chinese
// font (Noto Sans SC in unicode-range chunks, with its licence), are all local
// files. The two pages are entries of one build, so what they share (React,
// the key bar, the font) is one set of chunks. Runs from `npm install`/`npm
// ci` (prepare) and `npm run build`.
//
//   ide/dist/index.html      the IDE (served at GET /graphql and / to browsers)
//   ide/dist/dashboard.html  the dashboard (served at GET /dashboard)
//   ide/dist/assets/*        hashed, immutable files (served at /ide/* and /dashboard/assets/*)
//
// It builds into a staging folder and swaps it in at the end, so a running
// server never serves half a build.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const started = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'ide', 'src');
const distDir = path.join(root, 'ide', 'dist');
const stagingDir = `${distDir}.staging-${process.pid}`;
const assetsDir = path.join(stagingDir, 'assets');

// Resolve the workers through graphiql → @graphiql/react so they match the
// Monaco and monaco-graphql versions the editor itself imports.
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const requireFromGraphiql = createRequire(requireFromRoot.resolve('graphiql/package.json'));
const requireFromReact = createRequire(requireFromGraphiql.resolve('@graphiql/react/package.json'));
const workerEntries = {
  'editor.worker': requireFromReact.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
  'json.worker': requireFromReact.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
  'graphql.worker': requireFromReact.resolve('monaco-graphql/esm/graphql.worker.js'),
};

/**
 * Monaco's ESM files import their own CSS, which graphiql/style.css already
 * holds in full (codicon font inlined). Left in, esbuild would emit it again
 * as CSS chunks that nothing loads, plus a copy of the font.
 */
const skipMonacoCss = {
  name: 'skip-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'skip-monaco-css' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'skip-monaco-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

/**
 * The IDE's own plugins import @graphiql/react and
 * @graphiql/plugin-doc-explorer; they must be the very copies graphiql uses
 * (their state lives in module-level stores), so they resolve from
 * graphiql's own folder, whatever npm hoisted.
 */
const graphiqlsOwnPackages = {
  name: 'graphiqls-own-packages',
  setup(build) {
    const resolveDir = path.dirname(requireFromGraphiql.resolve('graphiql/package.json'));
    build.onResolve({ filter: /^@graphiql\/(react|plugin-doc-explorer)$/ }, async (args) => {
      if (args.pluginData === 'graphiqls-own-packages') return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir, pluginData: 'graphiqls-own-packages' });
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path };
    });
  },
};

/** The CJK web font's licence (SIL OFL 1.1) travels with its files. */
const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc';

/** @type {esbuild.BuildOptions} */
const common = {
  absWorkingDir: root,
  outdir: assetsDir,
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  legalComments: 'eof',
  metafile: true,
  plugins: [skipMonacoCss],
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Output file name (relative to assets/) of each entry point, by entry name. */
function outputsByEntry(metafile) {
  const byEntry = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || !file.endsWith('.js')) continue;
    const name = path.basename(file).replace(/-[A-Z0-9]+\.js$/, '');
    byEntry[name] = { js: path.basename(file), css: output.cssBundle ? path.basename(output.cssBundle) : undefined };
  }
  return byEntry;
}

async function build() {
  await fs.rm(stagingDir, { recursive: true, force: true });

  // Classic (non-module) workers: one self-contained file each.
  const workers = await esbuild.build({ ...common, entryPoints: workerEntries, format: 'iife' });
  const workerFiles = outputsByEntry(workers.metafile);

  // GraphiQL loads Monaco and prettier lazily; splitting keeps those as chunks.
  const page = await esbuild.build({
    ...common,
    entryPoints: { main: path.join(srcDir, 'main.tsx'), dashboard: path.join(srcDir, 'dashboard', 'main.tsx') },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    jsx: 'automatic',
    plugins: [skipMonacoCss, graphiqlsOwnPackages],
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    define: {
      ...common.define,
      __IDE_WORKERS__: JSON.stringify({
        editor: workerFiles['editor.worker'].js,
        json: workerFiles['json.worker'].js,
        graphql: workerFiles['graphql.worker'].js,
      }),
    },
  });
  const { main, dashboard } = outputsByEntry(page.metafile);
  if (!main?.css) throw new Error('esbuild produced no CSS bundle for ide/src/main.tsx');
  if (!dashboard?.css) throw new Error('esbuild produced no CSS bundle for ide/src/dashboard/main.tsx');

  // Each page names its entry under the URL prefix the server serves the assets at (src/ide/*.routes.ts).
  const fill = async (template, output, entry, prefix) => {
    const html = (await fs.readFile(path.join(srcDir, template), 'utf8')).replace('%MAIN_JS%', `${prefix}/${entry.js}`).replace('%MAIN_CSS%', `${prefix}/${entry.css}`);
    await fs.writeFile(path.join(stagingDir, output), html);
  };
  await fill('index.html', 'index.html', main, '/ide');
  await fill(path.join('dashboard', 'dashboard.html'), 'dashboard.html', dashboard, '/dashboard/assets');
  await fs.copyFile(path.join(path.dirname(requireFromRoot.resolve(`${FONT_PACKAGE}/package.json`)), 'LICENSE'), path.join(assetsDir, 'noto-sans-sc-LICENSE.txt'));

  await fs.rm(distDir, { recursive: true, force: true });
  await fs.rename(stagingDir, distDir);
  return { workerFiles, main, dashboard };
}

async function sizeOf(dir) {
  let total = 0;
  let files = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total += (await fs.stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
    files += 1;
  }
  return { total, files };
}

try {
  const { main, dashboard } = await build();
  const { total, files } = await sizeOf(distDir);
  const sizeOfEntry = async (entry) => (await fs.stat(path.join(distDir, 'assets', entry.js))).size;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  process.stdout.write(
    `GraphiQL IDE and dashboard built into ${path.relative(root, distDir)}/: ${files} files, ${mib(total)} ` +
      `(entries ${main.js} ${mib(await sizeOfEntry(main))}, ${dashboard.js} ${mib(await sizeOfEntry(dashboard))}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
} catch (error) {
  await fs.rm(stagingDir, { recursive: true, force: true });
  process.stderr.write(`build-ide: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
