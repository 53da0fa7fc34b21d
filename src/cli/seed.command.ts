import { parseArgs } from 'node:util';
import { prepareDatabases } from '../bootstrap';
import { loadConfig } from '../config';
import { clearSeededData, isSeeded, seedDatabases } from '../seed/seed';
import { closeSources, openSources } from '../sources/sources';
import { UsageError } from './cli.errors';

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, got "${value}"`, ['seed']);
  return n;
}

/** `seed --scale N [--seed S] [--replace]`: deterministic demo data into the culture and HR databases. */
export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'no-progress': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const scale = positiveNumber('scale', values.scale, 1);
  const seed = Math.floor(positiveNumber('seed', values.seed, 1));
  const config = loadConfig();
  const sources = await openSources(config, { poolSize: 2 });
  try {
    await prepareDatabases(config, sources, { seedIfEmpty: false, log: (l) => process.stderr.write(`${l}\n`) });
    if (await isSeeded(sources.culture)) {
      if (!values.replace) {
        process.stderr.write('the databases already hold data; run with --replace to delete it and seed again\n');
        return 1;
      }
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
  return 0;
}
