import fs from 'node:fs/promises';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../shared/files/project-root';
import { DASHBOARD_OFF_PAGE } from './dashboard.off-page';
import { KEY_COMMAND } from './ide.key-hint';
import { sendOffPage, sendPage } from './page-policy';

export interface DashboardOptions {
  enabled: boolean;
  /** The build (dashboard.html and assets/), by default ide/dist: one esbuild run makes the IDE and the dashboard, sharing chunks. */
  distDir?: string;
}

/** GET /dashboard/settings.json: what the page needs to know about this server; nothing secret. */
export interface DashboardSettings {
  /** The command that creates a key, shown to a visitor without one. */
  keyCommand: string;
}

/** Served instead of the page when the build has not run (e.g. `npm ci --ignore-scripts`). */
export const DASHBOARD_NOT_BUILT_MESSAGE =
  'The dashboard is not built: ide/dist/dashboard.html is missing.\n' +
  'Run `npm run build:ide` (npm install and npm run build also run it), then reload this page.\n' +
  'The figures are in the API meanwhile: POST a dispatchReport query to /graphql with content-type: application/json.\n';

/**
 * The dispatch dashboard: GET /dashboard is the page, its hashed assets come
 * from /dashboard/assets/* (the same files the IDE serves from /ide/*, so
 * the dashboard works whether or not the IDE is on). It is a client of the
 * public /graphql with the visitor's key and needs no route of its own for
 * data. Off, /dashboard is a short page saying how to turn it on (404).
 */
export function mountDashboard(app: express.Express, options: DashboardOptions): void {
  if (!options.enabled) {
    app.get('/dashboard', (_req, res) => sendOffPage(res, DASHBOARD_OFF_PAGE));
    return;
  }
  const distDir = options.distDir ?? path.join(projectRoot(), 'ide', 'dist');
  const pageFile = path.join(distDir, 'dashboard.html');

  app.get('/dashboard', async (_req, res) => {
    let html: string;
    try {
      html = await fs.readFile(pageFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      res.status(503).set('Cache-Control', 'no-store').type('text/plain').send(DASHBOARD_NOT_BUILT_MESSAGE);
      return;
    }
    sendPage(res, html);
  });

  const settings: DashboardSettings = { keyCommand: KEY_COMMAND };
  app.get('/dashboard/settings.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(settings);
  });

  // File names carry a content hash (scripts/build-ide.mjs), so they never change meaning.
  app.use('/dashboard/assets', express.static(path.join(distDir, 'assets'), { index: false, redirect: false, immutable: true, maxAge: '365d' }));
}
