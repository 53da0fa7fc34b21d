import { DataSource, Logger } from 'typeorm';
import { AppConfig, ConfigError, databaseUrlVariable, DatabaseUrl, PoolSettings, SOURCE_NAMES, SourceName } from '../config';
import { openDataSource } from './data-source';
import { foreignSource, isForeignSource } from './foreign-source';

export type Sources = Record<SourceName, DataSource>;

function describeUrl(url: DatabaseUrl): string {
  return url.driver === 'sqlite' ? `sqlite:${url.file}` : `mysql://${url.user}@${url.host}:${url.port}/${url.database}`;
}

/**
 * Opens all three sources. A server that cannot be reached becomes a
 * ConfigError naming the variable, so start-up fails with one clear line.
 */
export async function openSources(
  config: AppConfig,
  options: { logger?: Logger; poolSize?: number; pool?: Partial<PoolSettings>; subgraph?: 'culture' | 'hr'; /** Send reads to the configured replicas (serving). */ replicas?: boolean } = {},
): Promise<Sources> {
  const opened: Partial<Sources> = {};
  try {
    for (const source of SOURCE_NAMES) {
      const url = config.databases[source];
      // A subgraph holds its own bureau's database and its gateway database (API clients, audit), never the other bureau's.
      if (options.subgraph && source !== options.subgraph && source !== 'gateway') {
        opened[source] = foreignSource(source, options.subgraph);
        continue;
      }
      try {
        const replicas = options.replicas && config.replication?.replicas[source]?.length ? { ...config.replication, urls: config.replication.replicas[source], acquireTimeoutMs: options.pool?.acquireTimeoutMs } : undefined;
        opened[source] = await openDataSource(source, url, { ...options, replicas });
      } catch (error) {
        throw new ConfigError(databaseUrlVariable(source), `cannot open ${describeUrl(url)}: ${(error as Error).message}`);
      }
    }
    return opened as Sources;
  } catch (error) {
    await closeSources(opened);
    throw error;
  }
}

export async function closeSources(sources: Partial<Sources>): Promise<void> {
  for (const dataSource of Object.values(sources)) if (dataSource?.isInitialized) await dataSource.destroy();
}

/** Applies pending migrations of every source; returns how many ran per source. */
export async function migrateSources(sources: Sources): Promise<Record<SourceName, number>> {
  const applied = {} as Record<SourceName, number>;
  for (const source of SOURCE_NAMES) {
    applied[source] = isForeignSource(sources[source]) ? 0 : (await sources[source].runMigrations({ transaction: 'each' })).length;
  }
  return applied;
}
