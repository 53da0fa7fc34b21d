import { AppConfig } from './config';
import { isSeeded, seedDatabases } from './seed/seed';
import { migrateSources, Sources } from './sources/sources';

export interface PrepareOptions {
  /** Seed scale 1 into empty databases (the embedded default does this on first start). */
  seedIfEmpty: boolean;
  log: (line: string) => void;
}

/** Migrates every source and, on a first start, fills the embedded databases with demo data. */
export async function prepareDatabases(config: AppConfig, sources: Sources, options: PrepareOptions): Promise<void> {
  const applied = await migrateSources(sources);
  const ran = Object.entries(applied).filter(([, n]) => n > 0);
  if (ran.length > 0) options.log(`migrations applied: ${ran.map(([s, n]) => `${s} ${n}`).join(', ')}`);
  if (options.seedIfEmpty && !(await isSeeded(sources.culture))) {
    options.log('empty databases: seeding demo data at scale 1 (about 10,000 persons); this happens once');
    const report = await seedDatabases(sources, { scale: 1, seed: 1, progress: true });
    options.log(`seeded ${report.rows.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s`);
  }
}

/** The embedded default (every source on SQLite) seeds itself; a MySQL deployment is seeded on purpose. */
export function isEmbedded(config: AppConfig): boolean {
  return Object.values(config.databases).every((url) => url.driver === 'sqlite');
}
