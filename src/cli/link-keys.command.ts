import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { LINK_KEY_TABLES, LinkKeySource, writeLinkKeys } from '../modules/links/link-keys';
import { writeLinkSecretFile } from '../shared/identifiers/person-link-key';
import { migrateSources, closeSources, openSources } from '../sources/sources';
import { UsageError } from './cli.errors';

const SOURCES = Object.keys(LINK_KEY_TABLES) as LinkKeySource[];

/**
 * `link-keys rotate [--source hr|culture]`: every stored person linkage key
 * recomputed under the secret now configured. With PERSON_LINK_SECRET, that
 * is the new shared secret (both bureaus set it, each runs this against its
 * own database, then restarts its subgraph); without it, the embedded
 * default's generated secret is replaced by a fresh one first.
 */
export async function linkKeysCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { source: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals[0] !== 'rotate' || positionals.length > 1) throw new UsageError(`expected "link-keys rotate", got "link-keys ${positionals.join(' ')}"`, ['link-keys']);
  const chosen = values.source === undefined ? SOURCES : [values.source as LinkKeySource];
  if (!chosen.every((s) => SOURCES.includes(s))) throw new UsageError(`--source must be one of ${SOURCES.join(', ')}, got "${values.source}"`, ['link-keys', 'rotate']);
  const config = loadConfig();
  const sources = await openSources(config, { poolSize: 2 });
  try {
    await migrateSources(sources);
    let secret = config.personLink.secret;
    if (!secret) {
      secret = writeLinkSecretFile(config.personLink.secretFile);
      process.stdout.write(`new person link secret written to ${config.personLink.secretFile}\n`);
    }
    for (const source of chosen) {
      const started = Date.now();
      const rows = await writeLinkKeys(sources[source], source, secret, { all: true });
      process.stdout.write(`${source}: ${rows.toLocaleString('en')} ${LINK_KEY_TABLES[source]} link keys recomputed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await closeSources(sources);
  }
  return 0;
}
