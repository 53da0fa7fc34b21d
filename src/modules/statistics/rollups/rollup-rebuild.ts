import { DataSource } from 'typeorm';
import { createRollupTriggers, dropRollupTriggers, rebuildStatements } from '../../../../migrations/rollup-sql';
import { CURRENT_ROLLUPS } from './rollup-specs';

export type RollupSource = keyof typeof CURRENT_ROLLUPS;

export interface RebuiltRollup {
  table: string;
  rows: number;
}

/**
 * Every rollup of a source recomputed from its facts, in one transaction:
 * readers see the old figures until the new ones are all in. Repairs
 * figures after writes that bypassed the triggers (a cascade on MySQL, a
 * bulk load with the triggers dropped).
 */
export async function rebuildRollups(dataSource: DataSource, source: RollupSource): Promise<RebuiltRollup[]> {
  const specs = CURRENT_ROLLUPS[source];
  if (specs.length === 0) return [];
  return dataSource.transaction(async (tx) => {
    const rebuilt: RebuiltRollup[] = [];
    for (const spec of specs) {
      for (const statement of rebuildStatements(spec)) await tx.query(statement);
      const [{ n }] = await tx.query(`SELECT COUNT(*) AS n FROM ${spec.table}`);
      rebuilt.push({ table: spec.table, rows: Number(n) });
    }
    return rebuilt;
  });
}

/**
 * A bulk load (the seed) without per-row trigger work: the triggers are
 * dropped, the load runs, the rollups are rebuilt once from the loaded
 * facts and the triggers put back — also when the load fails.
 */
export async function withoutRollupTriggers<T>(dataSource: DataSource, source: RollupSource, load: () => Promise<T>): Promise<T> {
  const specs = CURRENT_ROLLUPS[source];
  const runner = dataSource.createQueryRunner();
  try {
    for (const spec of specs) await dropRollupTriggers(runner, spec);
    try {
      return await load();
    } finally {
      await rebuildRollups(dataSource, source);
      for (const spec of specs) await createRollupTriggers(runner, spec);
    }
  } finally {
    await runner.release();
  }
}
