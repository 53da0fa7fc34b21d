import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config';
import { currentPersonLinkSecret, loadOrCreateLinkSecretFile, personLinkKeyUnder, usePersonLinkSecret } from '../../shared/identifiers/person-link-key';

/**
 * The tables that hold a person's linkage key beside the ID number it is
 * computed from: one per bureau. Each bureau fills only its own.
 */
export const LINK_KEY_TABLES = { hr: 'person', culture: 'inheritor' } as const;
export type LinkKeySource = keyof typeof LINK_KEY_TABLES;

const BATCH = 500;

/**
 * Puts the configured secret in use for this process: PERSON_LINK_SECRET, or
 * the secret the embedded default generated into DATA_DIR (like the audit
 * signing key). Returns where it came from, for the start-up log.
 */
export function installPersonLinkSecret(config: Partial<Pick<AppConfig, 'personLink'>>): { secret: Uint8Array; from: 'PERSON_LINK_SECRET' | 'generated' | 'file' | 'in use' } {
  // A configuration built by hand (a test, a tool) without the setting keeps the secret already in use.
  if (!config.personLink) return { secret: currentPersonLinkSecret(), from: 'in use' };
  if (config.personLink.secret) {
    usePersonLinkSecret(config.personLink.secret);
    return { secret: config.personLink.secret, from: 'PERSON_LINK_SECRET' };
  }
  const { secret, created } = loadOrCreateLinkSecretFile(config.personLink.secretFile);
  usePersonLinkSecret(secret);
  return { secret, from: created ? 'generated' : 'file' };
}

/**
 * Writes the linkage key of every row of the source's person table that has
 * none (`all: false`, what start-up and the seed run) or of every row (`all:
 * true`, what `link-keys rotate` runs after the secret changed), in batches
 * of one SELECT and one UPDATE, inside one transaction so a reader never
 * sees half the rows under the old secret. Returns how many rows it wrote.
 */
export async function writeLinkKeys(dataSource: DataSource, source: LinkKeySource, secret: Uint8Array, options: { all: boolean }): Promise<number> {
  const table = dataSource.driver.escape(LINK_KEY_TABLES[source]);
  let written = 0;
  await dataSource.transaction(async (tx) => {
    let after = 0;
    for (;;) {
      const rows: Array<{ id: number | string; citizen_id: string }> = await tx.query(
        `SELECT id, citizen_id FROM ${table} WHERE id > ?${options.all ? '' : ' AND link_key IS NULL'} ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      const cases = rows.map(() => 'WHEN ? THEN ?').join(' ');
      const pairs = rows.flatMap((r) => [Number(r.id), personLinkKeyUnder(secret, r.citizen_id)]);
      await tx.query(`UPDATE ${table} SET link_key = CASE id ${cases} END WHERE id IN (${rows.map(() => '?').join(', ')})`, [...pairs, ...rows.map((r) => Number(r.id))]);
      written += rows.length;
      after = Number(rows[rows.length - 1].id);
    }
  });
  return written;
}
