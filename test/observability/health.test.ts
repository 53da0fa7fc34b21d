import express from 'express';
import { DataSource } from 'typeorm';
import { mountHealth } from '../../src/http/health';
import type { Sources } from '../../src/sources/sources';
import { Running, seeded, Seeded, serve } from '../http/harness';

describe('health endpoints', () => {
  let db: Seeded;
  let api: Running;
  beforeAll(async () => {
    db = await seeded('sqlite', 0.01);
    api = await serve(db.db.sources, { readyTimeoutMs: 300 });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('/healthz says the process is alive without touching a database', async () => {
    db.resetCounters();
    const response = await fetch(`${api.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(db.statements()).toBe(0);
  });

  it('/readyz asks every source for SELECT 1', async () => {
    db.resetCounters();
    const response = await fetch(`${api.base}/readyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ready', sources: { culture: 'ok', hr: 'ok', gateway: 'ok' } });
    expect(db.counters.culture.statements).toEqual(['SELECT 1']);
    expect(db.counters.hr.statements).toEqual(['SELECT 1']);
  });

  it('/readyz answers 503 naming a source that does not answer', async () => {
    const closed = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    const broken = await serve({ ...db.db.sources, gateway: closed } as Sources, { readyTimeoutMs: 300 });
    try {
      const response = await fetch(`${broken.base}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        reason: 'source gateway not answering',
        sources: { culture: 'ok', hr: 'ok', gateway: 'unavailable' },
      });
    } finally {
      await broken.close();
    }
  });

  it('/readyz answers 503 while the server drains for shutdown', async () => {
    const app = express();
    mountHealth(app, { sources: db.db.sources, readyTimeoutMs: 300, draining: () => true });
    const server = app.listen(0);
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable', reason: 'shutting down' });
    } finally {
      server.close();
    }
  });
});
