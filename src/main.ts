import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from './config';
import { isEmbedded, prepareDatabases } from './bootstrap';
import { keyHintLines } from './ide/ide.key-hint';
import { createServer } from './server';
import { createLogger } from './observability/logger';
import { PinoSqlLogger } from './observability/sql-log';
import { closeSources, openSources } from './sources/sources';

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Opens the sources, migrates (and seeds the embedded default on first
 * run), then serves. Migrations run on connections without the statement
 * time limit (an index on a million rows may take a while); serving opens
 * the sources again with the pool bounds and limits of the configuration.
 */
export async function startServer(config: AppConfig): Promise<void> {
  const setup = await openSources(config, { poolSize: 2 });
  try {
    await prepareDatabases(config, setup, { seedIfEmpty: isEmbedded(config), log });
  } finally {
    await closeSources(setup);
  }
  const logger = createLogger(config.logLevel);
  const sources = await openSources(config, { pool: config.pool, logger: new PinoSqlLogger(logger) });
  try {
    const server = await createServer(config, sources, { logger });
    const port = await server.listen(config.port);
    log(`GraphQL on http://localhost:${port}/graphql (${isEmbedded(config) ? `embedded SQLite in ${config.dataDir}` : 'MySQL'})`);
    if (isEmbedded(config) && config.env === 'development') for (const line of keyHintLines(`http://localhost:${port}/graphql`)) log(line);
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) {
        log(`${signal} again: exiting without waiting`);
        process.exit(1);
      }
      stopping = true;
      log(`${signal}: refusing new requests, finishing those in flight (up to ${config.shutdownGraceMs} ms), then closing`);
      try {
        await server.stop();
        await closeSources(sources);
        logger.info({ signal }, 'stopped');
        await new Promise<void>((resolve) => logger.flush(() => resolve()));
        process.exit(0);
      } catch (error) {
        log(`shutdown failed: ${(error as Error).stack ?? String(error)}`);
        process.exit(1);
      }
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    await closeSources(sources);
    throw error;
  }
}

if (require.main === module) {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    log(`configuration error: ${(error as Error).message}`);
    process.exit(1);
  }
  startServer(config).catch((error: unknown) => {
    log(error instanceof ConfigError ? `configuration error: ${error.message}` : ((error as Error).stack ?? String(error)));
    process.exit(1);
  });
}
