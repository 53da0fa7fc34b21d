import express from 'express';

/**
 * The Content-Security-Policy of the browser pages this server serves (the
 * GraphiQL IDE, the dashboard): code, styles, workers and fonts from this
 * server only, and requests to nothing else. They have to work on a machine
 * with no internet, and this makes the browser refuse any request that would
 * leave it. Monaco and ECharts set inline styles, hence 'unsafe-inline' for
 * styles alone; scripts get no 'unsafe-eval' (neither page needs it).
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** A page saying a feature is off: the strictest policy, since it needs nothing but its own inline style. */
export const OFF_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sends one of the server's built pages with its policy; `no-cache` so a rebuild (new asset hashes) shows on the next load. */
export function sendPage(res: express.Response, html: string): void {
  res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': PAGE_POLICY, 'X-Content-Type-Options': 'nosniff' }).type('html').send(html);
}

/** Sends a page saying a feature is off (404, so nothing mistakes it for the feature). */
export function sendOffPage(res: express.Response, html: string): void {
  res.status(404).set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': OFF_PAGE_POLICY, 'X-Content-Type-Options': 'nosniff' }).type('html').send(html);
}
