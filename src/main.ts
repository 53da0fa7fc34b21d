// First: tracing must start before http, express, graphql and mysql2 are required.
import './observability/start-tracing';
import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from './config';
import { isEmbedded, prepareDatabases } from './bootstrap';
import { openAuditTrail } from './auth/audit-trail';
import { keyHintLines } from './ide/ide.key-hint';
import { createServer } from './server';
import type { SubgraphName } from './federation/subgraph-plan';
import { createLogger } from './observability/logger';
import { shutdownTracing } from './observability/tracing';
import { PinoSqlLogger } from './observability/sql-log';
import { closeSources, openSources } from './sources/sources';

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Opens the sources, migrates (and seeds the embedded default on first
 * run), then serves. Migrations run on connections without the statement
 * time limit (an index on a million rows may take a while); serving opens
 * the sources again with the pool bounds and limits of the configuration.
 */
export async function startServer(config: AppConfig, options: { subgraph?: SubgraphName } = {}): Promise<void> {
  const { subgraph } = options;
  // Two bureaus' machines never share DATA_DIR: a generated secret would give each its own keys and link no one.
  if (subgraph && config.env === 'production' && !config.personLink.secret) {
    throw new ConfigError('PERSON_LINK_SECRET', 'is not set; a subgraph in production needs the secret both bureaus share (openssl rand -hex 32), or persons link to no one across agencies');
  }
  // First, so a production server without its audit key stops before touching any database.
  const audit = openAuditTrail(config, log);
  const setup = await openSources(config, { poolSize: 2, subgraph });
  try {
    // A subgraph never seeds: the single process (npm start) or `seed` fills the embedded databases both subgraphs may share.
    await prepareDatabases(config, setup, { seedIfEmpty: !subgraph && isEmbedded(config), requireRecords: !config.allowEmptyDatabases, log });
  } finally {
    await closeSources(setup);
  }
  const logger = createLogger(config.logLevel);
  const sources = await openSources(config, { pool: config.pool, logger: new PinoSqlLogger(logger), subgraph, replicas: true });
  try {
    const server = await createServer(config, sources, { logger, audit, subgraph });
    const port = await server.listen(config.port).catch((error: unknown) => {
      throw listenError(error, config.port);
    });
    const what = subgraph ? `the ${subgraph} subgraph` : 'GraphQL';
    log(`${what} on http://localhost:${port}/graphql (${isEmbedded(config) ? `embedded SQLite in ${config.dataDir}` : 'MySQL'})`);
    if (subgraph) log(`a gateway reaches it as ${subgraph.toUpperCase()}_SUBGRAPH_URL=http://localhost:${port}/graphql (npm run gateway)`);
    else if (config.dashboard) log(`Dashboard on http://localhost:${port}/dashboard (the dispatch report as a table and charts)`);
    if (!subgraph && isEmbedded(config) && config.env === 'development') for (const line of keyHintLines(`http://localhost:${port}/graphql`)) log(line);
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
        await shutdownTracing();
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

/** A port that cannot be had is the setting's fault, not the program's: one line naming PORT. */
function listenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return new ConfigError('PORT', `port ${port} is already in use (another server, or an earlier start still running?); stop it or choose another port, e.g. PORT=${port === 65535 ? 4001 : port + 1}`);
  if (code === 'EACCES') return new ConfigError('PORT', `port ${port} needs privileges this process does not have; choose a port above 1023`);
  return error;
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
