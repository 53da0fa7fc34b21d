import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { rebuildRollups, RollupSource } from '../modules/statistics/rollups/rollup-rebuild';
import { closeSources, openSources } from '../sources/sources';
import { UsageError } from './cli.errors';

const SOURCES: RollupSource[] = ['hr', 'culture'];

/** `rollups rebuild [--source hr|culture]`: every statistics rollup recomputed from the facts. */
export async function rollupsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { source: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals[0] !== 'rebuild' || positionals.length > 1) throw new UsageError(`expected "rollups rebuild", got "rollups ${positionals.join(' ')}"`, ['rollups']);
  const chosen = values.source === undefined ? SOURCES : [values.source as RollupSource];
  if (!chosen.every((s) => SOURCES.includes(s))) throw new UsageError(`--source must be one of ${SOURCES.join(', ')}, got "${values.source}"`, ['rollups', 'rebuild']);
  const sources = await openSources(loadConfig());
  try {
    for (const source of chosen) {
      const started = Date.now();
      const rebuilt = await rebuildRollups(sources[source], source);
      if (rebuilt.length === 0) process.stdout.write(`${source}: no rollups (its figures are read from the facts)\n`);
      for (const r of rebuilt) process.stdout.write(`${source}: ${r.table} rebuilt, ${r.rows.toLocaleString('en')} rows\n`);
      if (rebuilt.length > 0) process.stdout.write(`${source}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await closeSources(sources);
  }
  return 0;
}
