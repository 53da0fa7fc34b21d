#!/usr/bin/env node
'use strict';
// Builds the server (tsc → dist/) and the browser pages, the GraphiQL IDE and
// the dashboard (esbuild → ide/dist/),
// only when their sources changed, like make: a build is stale when an input
// file is newer than the build's stamp. Checking is a stat walk of a few
// hundred files (milliseconds), so every command can afford it; compiling
// (seconds) happens at install (`prepare`) and after an edit, not before
// every `npm run <command>`.
//
//   node scripts/build.js            build what is stale (prepare)
//   node scripts/build.js --force    build everything (npm run build)
//   node scripts/build.js --server   only the server (--ide: only the IDE)
//
// bin/shandong-handmade.js calls ensureBuilt() before running a command.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/**
 * What each build reads and what proves it ran. `stamp` is written (server) or
 * produced (IDE) by a successful build; `entries` must exist for the build to
 * count as present at all.
 */
const TARGETS = {
  server: {
    inputs: ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json'],
    stamp: 'dist/.build-stamp',
    entries: ['dist/src/cli.js', 'dist/src/main.js'],
    what: 'the server (tsc → dist/)',
  },
  ide: {
    inputs: ['ide/src', 'ide/tsconfig.json', 'scripts/build-ide.mjs', 'package-lock.json'],
    stamp: 'ide/dist/index.html',
    entries: ['ide/dist/index.html', 'ide/dist/dashboard.html'],
    what: 'the GraphiQL IDE and the dashboard (esbuild → ide/dist/)',
  },
};

const SKIP = new Set(['node_modules', 'dist', '.git']);

/** The newest modification time under the inputs, in ms; 0 when none exist. */
function newestInput(inputs, root) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (!SKIP.has(name)) visit(path.join(p, name));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const input of inputs) visit(path.join(root, input));
  return newest;
}

/** Why a target needs building, or null when it is up to date. `root` is the clone (tests give another). */
function staleness(name, root = ROOT) {
  const target = TARGETS[name];
  const missing = target.entries.find((e) => !fs.existsSync(path.join(root, e)));
  if (missing) return `${missing} does not exist`;
  let built;
  try {
    built = fs.statSync(path.join(root, target.stamp)).mtimeMs;
  } catch {
    return `${target.stamp} does not exist`;
  }
  return newestInput(target.inputs, root) > built ? 'sources changed since the last build' : null;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * One build at a time per clone (tests and a second terminal may start
 * commands together): a lock folder holding the builder's pid, taken over
 * when that process is gone.
 */
function withLock(work) {
  const lock = path.join(ROOT, 'dist', '.build-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // Just created, pid not written yet: wait for it.
      }
      if ((Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) || Date.now() > deadline) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      sleep(200);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function resolveTool(request) {
  try {
    return require.resolve(request, { paths: [ROOT] });
  } catch {
    return null;
  }
}

/** Runs one build; returns true on success. Output goes to stderr so that a command's stdout stays its own. */
function build(name, log) {
  const started = Date.now();
  if (name === 'server') {
    const tsc = resolveTool('typescript/bin/tsc');
    if (!tsc) return { ok: false, reason: 'TypeScript is not installed (dev dependencies left out?); install with npm ci' };
    const result = spawnSync(
      process.execPath,
      [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'],
      { cwd: ROOT, stdio: ['ignore', 2, 2] },
    );
    if (result.status !== 0) return { ok: false, reason: `tsc failed (exit ${result.status ?? result.signal}); fix the errors above and run again` };
    const stamp = path.join(ROOT, TARGETS.server.stamp);
    fs.writeFileSync(stamp, `${new Date(started).toISOString()} node ${process.version}\n`);
    // Dated when compiling began: a file saved while tsc ran is newer, so the next command compiles again.
    fs.utimesSync(stamp, new Date(started), new Date(started));
  } else {
    if (!resolveTool('esbuild')) return { ok: false, reason: 'esbuild is not installed; install with npm ci' };
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-ide.mjs')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (result.status !== 0) return { ok: false, reason: `the IDE build failed (exit ${result.status ?? result.signal})` };
  }
  log(`built ${TARGETS[name].what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { ok: true };
}

/**
 * Builds the stale targets among `targets`. A target that cannot be rebuilt
 * (no TypeScript in a production install) but has a build runs from that
 * build; one that has none is an error.
 */
function ensureBuilt({ targets = ['server', 'ide'], force = false, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const pending = () => targets.map((name) => ({ name, why: force ? 'asked to build' : staleness(name) })).filter((t) => t.why !== null);
  if (pending().length === 0) return true;
  return withLock(() => {
    // Another process may have built while this one waited for the lock.
    for (const { name, why } of pending()) {
      log(`${why}: building ${TARGETS[name].what}…`);
      const result = build(name, log);
      if (result.ok) continue;
      const usable = TARGETS[name].entries.every((e) => fs.existsSync(path.join(ROOT, e)));
      if (usable && !force && /not installed/.test(result.reason)) {
        log(`${result.reason}: running the existing build`);
        continue;
      }
      log(`cannot build ${TARGETS[name].what}: ${result.reason}`);
      return false;
    }
    return true;
  });
}

module.exports = { ensureBuilt, staleness, TARGETS };

if (require.main === module) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--force', '--server', '--ide'].includes(a));
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown[0]}\nUsage: node scripts/build.js [--force] [--server | --ide]\n`);
    process.exit(2);
  }
  const only = ['server', 'ide'].filter((t) => args.includes(`--${t}`));
  const ok = ensureBuilt({ targets: only.length > 0 ? only : ['server', 'ide'], force: args.includes('--force') });
  process.exit(ok ? 0 : 1);
}
