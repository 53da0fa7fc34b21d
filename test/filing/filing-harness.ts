import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { createContext } from '../../src/context';
import { seedDatabases } from '../../src/seed/seed';
import { createServer, Server } from '../../src/server';
import { Viewer } from '../../src/shared/auth/viewer';
import { SOURCE_NAMES, SourceName } from '../../src/config';
import { Backend, openTestSources, TestSources } from '../support/backends';

export interface Outcome<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: ReadonlyArray<string | number> }>;
}

export interface FilingHarness {
  db: TestSources;
  server: Server;
  /** Runs an operation through Apollo (authChecker and all) with this viewer and, optionally, an Idempotency-Key. */
  run<T = Record<string, any>>(viewer: Viewer, query: string, variables?: Record<string, unknown>, options?: { idempotencyKey?: string }): Promise<Outcome<T>>;
  close(): Promise<void>;
}

export function viewer(role: Viewer['role'], regionCode: string | null = null, clientId: number | null = 7): Viewer {
  return { clientId, name: `test-${role.toLowerCase()}`, role, scopes: new Set(), regionCode };
}

export const ADMIN = viewer('ADMIN');
export const HR = viewer('HR_AGENCY');
export const CULTURE = viewer('CULTURE_AGENCY');

/** Fresh databases for all three sources, seeded small, and the real schema behind Apollo (not listening). */
export async function startFiling(backend: Backend, scale = 0.05): Promise<FilingHarness> {
  const db = await openTestSources(backend);
  await seedDatabases(db.sources, { scale, seed: 5 });
  const server = await createServer({ env: 'test' }, db.sources);
  return {
    db,
    server,
    async run(v, query, variables, options = {}) {
      const response = await server.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.sources, { viewer: v, idempotencyKey: options.idempotencyKey ?? null }) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
      return response.body.singleResult as Outcome<any>;
    },
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}

export type Snapshot = Record<string, { rows: number; sha256: string }>;

async function tablesOf(ds: DataSource): Promise<string[]> {
  const rows: Array<Record<string, string>> =
    ds.options.type === 'better-sqlite3'
      ? await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      : await ds.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name');
  return rows.map((r) => r.name ?? r.NAME ?? r.TABLE_NAME);
}

/** Row count and a checksum of every row of every table of all three sources: equal snapshots mean nothing changed. */
export async function snapshot(sources: Record<SourceName, DataSource>): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const source of SOURCE_NAMES) {
    const ds = sources[source];
    for (const table of await tablesOf(ds)) {
      const rows: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM ${ds.driver.escape(table)}`);
      const lines = rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k] instanceof Date ? (r[k] as Date).toISOString() : r[k]]))).sort();
      out[`${source}.${table}`] = { rows: rows.length, sha256: crypto.createHash('sha256').update(lines.join('\n')).digest('hex') };
    }
  }
  return out;
}
