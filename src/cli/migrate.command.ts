import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { closeSources, migrateSources, openSources } from '../sources/sources';

/** `migrate [--revert]`: apply pending migrations of every source, or undo the last of each. */
export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { revert: { type: 'boolean', default: false } }, strict: true });
  const sources = await openSources(loadConfig());
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
  return 0;
}
