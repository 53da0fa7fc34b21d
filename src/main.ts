import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from './config';
import { isEmbedded, prepareDatabases } from './bootstrap';
import { createServer } from './server';
import { closeSources, openSources } from './sources/sources';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Opens the sources, migrates (and seeds the embedded default on first run), then serves. */
export async function startServer(config: AppConfig): Promise<void> {
  const sources = await openSources(config);
  try {
    await prepareDatabases(config, sources, { seedIfEmpty: isEmbedded(config), log });
    const server = await createServer(config, sources);
    const port = await server.listen(config.port);
    log(`GraphQL on http://localhost:${port}/graphql (${isEmbedded(config) ? `embedded SQLite in ${config.dataDir}` : 'MySQL'})`);
    const shutdown = async (signal: string) => {
      log(`${signal}: finishing requests in flight, then closing`);
      await server.stop();
      await closeSources(sources);
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
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
