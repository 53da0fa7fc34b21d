import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { isEmbedded, prepareDatabases } from './bootstrap';
import { clearSeededData, isSeeded, seedDatabases } from './seed/seed';
import { closeSources, migrateSources, openSources } from './sources/sources';
import { startServer } from './main';
import { auditCommand } from './auth/audit.command';
import { clientsCommand } from './auth/clients.command';
import { processIo, withGateway } from './auth/command-io';
import { importCommand } from './import/import.command';

const USAGE = `Usage: node dist/src/cli.js <command> [options]   (or: npm run <command> -- [options])

Commands:
  serve                      migrate, seed the embedded default on first run, and serve GraphQL
  migrate [--revert]         apply pending migrations of every source (--revert: undo the last one of each)
  seed --scale N [--seed S] [--replace]
                             fill the culture and HR databases with deterministic demo data
                             (scale 1 ≈ 10,000 persons; --replace deletes existing rows first)
  clients create|list|revoke|revoke-token|revoked-tokens
                             API clients: create one (its key is printed once), list them, revoke one;
                             revoke a bearer token by its jti, list revoked tokens
  audit verify|list          check the audit log's hash chain (exit 1 at the first broken link), list events
  import --type T --file F [--strict] [--dry-run] [--max-size MB] [--region CODE]
                             validate an agency's CSV/JSON file row by row and write all rows or none

Configuration comes from CULTURE_DATABASE_URL, HR_DATABASE_URL, GATEWAY_DATABASE_URL,
PORT and NODE_ENV; without URLs every source is an SQLite file under ./data/.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, got "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'clients' || command === 'audit') {
    const config = loadConfig();
    const revocation = { redisUrl: config.rateLimit.redisUrl, clockSkewSeconds: config.auth.jwtClockSkewSeconds };
    process.exitCode = await withGateway(config, (gateway) =>
      command === 'clients' ? clientsCommand(rest, gateway, processIo, revocation) : auditCommand(rest, gateway, processIo),
    );
    return;
  }
  if (command === 'import') {
    process.exitCode = await importCommand(rest, loadConfig());
    return;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      replace: { type: 'boolean', default: false },
      revert: { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      await startServer(config);
      return;
    }
    case 'migrate': {
      const sources = await openSources(config);
      try {
        if (values.revert) {
          for (const [name, ds] of Object.entries(sources)) {
            await ds.undoLastMigration({ transaction: 'each' });
            process.stdout.write(`${name}: reverted the last migration\n`);
          }
        } else {
          const applied = await migrateSources(sources);
          for (const [name, n] of Object.entries(applied)) process.stdout.write(`${name}: ${n} migration(s) applied\n`);
        }
      } finally {
        await closeSources(sources);
      }
      return;
    }
    case 'seed': {
      const scale = positiveNumber('scale', values.scale, 1);
      const seed = Math.floor(positiveNumber('seed', values.seed, 1));
      const sources = await openSources(config, { poolSize: 2 });
      try {
        await prepareDatabases(config, sources, { seedIfEmpty: false, log: (l) => process.stderr.write(`${l}\n`) });
        if (await isSeeded(sources.culture)) {
          if (!values.replace) fail('the databases already hold data; run with --replace to delete it and seed again');
          process.stderr.write('deleting existing rows…\n');
          await clearSeededData(sources);
        }
        const report = await seedDatabases(sources, { scale, seed, progress: !values['no-progress'] });
        process.stdout.write(
          `seeded scale ${scale} (seed ${seed}): ${report.rows.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s, ` +
            `${report.rowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${report.peakRssMb} MB\n`,
        );
        for (const [table, n] of Object.entries(report.tables)) process.stdout.write(`  ${table.padEnd(24)} ${n.toLocaleString('en').padStart(12)}\n`);
      } finally {
        await closeSources(sources);
      }
      return;
    }
    default:
      fail(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(`${error.message}\n\n${USAGE}`);
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
