import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, databaseUrlVariable, DatabaseUrl } from './config';
import { isSeeded, seedDatabases, SEEDED_TABLES } from './seed/seed';
import { migrateSources, Sources } from './sources/sources';
import { isForeignSource } from './sources/foreign-source';
import { installPersonLinkSecret, LINK_KEY_TABLES, LinkKeySource, writeLinkKeys } from './modules/links/link-keys';

export interface PrepareOptions {
  /** Seed scale 1 into empty databases (the embedded default does this on first start). */
  seedIfEmpty: boolean;
  /**
   * Refuse to go on when the culture or HR database holds no records (a
   * server about to serve nothing): a MySQL deployment not seeded or
   * imported yet, or a URL that points at a new, empty file by mistake.
   */
  requireRecords?: boolean;
  log: (line: string) => void;
}

type RecordSource = keyof typeof SEEDED_TABLES;

/** Migrates every source and, on a first start, fills the embedded databases with demo data. */
export async function prepareDatabases(config: AppConfig, sources: Sources, options: PrepareOptions): Promise<void> {
  const applied = await migrateSources(sources);
  const ran = Object.entries(applied).filter(([, n]) => n > 0);
  if (ran.length > 0) options.log(`migrations applied: ${ran.map(([s, n]) => `${s} ${n}`).join(', ')}`);
  const link = installPersonLinkSecret(config);
  if (link.from === 'generated') options.log(`person link keys: generated the secret ${config.personLink.secretFile} (across agencies, set PERSON_LINK_SECRET, the same at both bureaus)`);
  // Rows written before the link_key columns existed, or by a tool that does not compute keys (a bulk SQL load).
  for (const source of Object.keys(LINK_KEY_TABLES) as LinkKeySource[]) {
    if (isForeignSource(sources[source])) continue;
    const filled = await writeLinkKeys(sources[source], source, link.secret, { all: false });
    if (filled > 0) options.log(`person link keys: computed for ${filled} ${LINK_KEY_TABLES[source]} rows`);
  }
  if (!options.requireRecords) {
    if (options.seedIfEmpty && !(await isSeeded(sources.culture))) await seedDemo(sources, options);
    return;
  }
  const empty: RecordSource[] = [];
  for (const source of Object.keys(SEEDED_TABLES) as RecordSource[]) if (!isForeignSource(sources[source]) && !(await holdsRecords(sources[source], source))) empty.push(source);
  if (options.seedIfEmpty && empty.length === Object.keys(SEEDED_TABLES).length) return seedDemo(sources, options);
  if (empty.length > 0) throw emptyDatabaseError(config, empty);
}

async function seedDemo(sources: Sources, options: PrepareOptions): Promise<void> {
  options.log('empty databases: seeding demo data at scale 1 (about 10,000 persons); this happens once');
  const report = await seedDatabases(sources, { scale: 1, seed: 1, progress: true });
  options.log(`seeded ${report.rows.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s`);
}

/** Whether any table the source's records live in has a row: one cheap probe per table. */
async function holdsRecords(dataSource: DataSource, source: RecordSource): Promise<boolean> {
  for (const table of SEEDED_TABLES[source]) {
    const rows: unknown[] = await dataSource.query(`SELECT 1 AS found FROM ${dataSource.driver.escape(table)} LIMIT 1`);
    if (rows.length > 0) return true;
  }
  return false;
}

function shown(url: DatabaseUrl): string {
  return url.driver === 'sqlite' ? `sqlite:${url.file}` : `mysql://${url.host}:${url.port}/${url.database}`;
}

function emptyDatabaseError(config: AppConfig, empty: RecordSource[]): ConfigError {
  const variables = empty.map((s) => databaseUrlVariable(s)).join(', ');
  const what = empty.map((s) => shown(config.databases[s])).join(' and ');
  const others = empty.length < Object.keys(SEEDED_TABLES).length;
  return new ConfigError(
    variables,
    `${what} ${empty.length > 1 ? 'hold' : 'holds'} no records${others ? ' while the other database does' : ' yet'}; ` +
      `fill ${empty.length > 1 ? 'them' : 'it'} with demo data (npm run seed -- --scale 1${others ? ' --replace' : ''}) or with the agencies' files (npm run import), ` +
      'or set ALLOW_EMPTY_DATABASES=true to serve empty databases',
  );
}

/** The embedded default (every source on SQLite) seeds itself; a MySQL deployment is seeded on purpose. */
export function isEmbedded(config: AppConfig): boolean {
  return Object.values(config.databases).every((url) => url.driver === 'sqlite');
}
