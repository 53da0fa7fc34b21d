import { MigrationInterface, QueryRunner } from 'typeorm';
import { createRollup, dropRollup } from '../rollup-sql';
import { HR_ROLLUPS_V1 } from './rollups.v1';

/**
 * Summary tables the statistics and the dispatch report read (rollups.v1.ts),
 * filled from the facts already on file, and the triggers that keep them
 * equal to the facts in the transaction of every later write.
 */
export class CreateStatisticsRollups1764300700000 implements MigrationInterface {
  name = 'CreateStatisticsRollups1764300700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const spec of HR_ROLLUPS_V1) await createRollup(queryRunner, spec);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const spec of [...HR_ROLLUPS_V1].reverse()) await dropRollup(queryRunner, spec);
  }
}
