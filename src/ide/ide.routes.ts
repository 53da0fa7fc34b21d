import fs from 'node:fs/promises';
import path from 'node:path';
import express from 'express';
import type { DebugSqlMode } from '../config';
import { projectRoot } from '../shared/files/project-root';
import { readExamples } from './ide.examples';
import { KEY_COMMAND } from './ide.key-hint';
import { IDE_OFF_PAGE } from './ide.off-page';
import { sendOffPage, sendPage } from './page-policy';

export interface IdeOptions {
  enabled: boolean;
  /** The built IDE (index.html and assets/), by default ide/dist. */
  distDir?: string;
  /** The example operations shown as tabs, by default schema/examples. */
  examplesDir?: string;
  /** DEBUG_SQL, so the SQL panel can say why a response carries no SQL. */
  debugSql?: DebugSqlMode;
}

/** GET /ide/settings.json: what the page needs to know about this server; nothing secret. */
export interface IdeSettings {
  /** The command that creates a key, shown to a visitor without one. */
  keyCommand: string;
  debugSql: DebugSqlMode;
}

/** Served instead of the page when `npm run build:ide` has not run (e.g. `npm ci --ignore-scripts`). */
export const IDE_NOT_BUILT_MESSAGE =
  'The GraphiQL IDE is not built: ide/dist/index.html is missing.\n' +
  'Run `npm run build:ide` (npm install and npm run build also run it), then reload this page.\n' +
  'GraphQL itself is unaffected: POST queries to /graphql with content-type: application/json.\n';

/** Browsers ask for text/html first; API clients ask for JSON or send no Accept at all. */
function prefersHtml(req: express.Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The GraphiQL IDE: a browser's GET of /graphql or / gets the page, its
 * hashed assets come from /ide/* with long cache lifetimes, the example
 * operations from /ide/examples.json and the page's settings from
 * /ide/settings.json. Everything else on /graphql falls through to Apollo,
 * so mount this before it. With the IDE off, a browser gets a short page
 * saying so (404), and API clients are unaffected.
 */
export function mountIde(app: express.Express, options: IdeOptions): void {
  if (!options.enabled) {
    app.get(['/', '/graphql'], (req, res, next) => {
      res.vary('Accept');
      if (!prefersHtml(req)) return next();
      sendOffPage(res, IDE_OFF_PAGE);
    });
    return;
  }
  const distDir = options.distDir ?? path.join(projectRoot(), 'ide', 'dist');
  const examplesDir = options.examplesDir ?? path.join(projectRoot(), 'schema', 'examples');
  const indexFile = path.join(distDir, 'index.html');

  app.get(['/', '/graphql'], async (req, res, next) => {
    // The same URL answers HTML or JSON depending on Accept; caches must know.
    res.vary('Accept');
    if (!prefersHtml(req)) return next();
    let html: string;
    try {
      html = await fs.readFile(indexFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      res.status(503).set('Cache-Control', 'no-store').type('text/plain').send(IDE_NOT_BUILT_MESSAGE);
      return;
    }
    sendPage(res, html);
  });

  app.get('/ide/examples.json', async (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(await readExamples(examplesDir));
  });

  const settings: IdeSettings = { keyCommand: KEY_COMMAND, debugSql: options.debugSql ?? 'off' };
  app.get('/ide/settings.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(settings);
  });

  // File names carry a content hash (scripts/build-ide.mjs), so they never change meaning.
  app.use('/ide', express.static(path.join(distDir, 'assets'), { index: false, redirect: false, immutable: true, maxAge: '365d' }));
}
