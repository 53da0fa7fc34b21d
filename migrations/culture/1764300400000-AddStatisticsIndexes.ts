import { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../columns';

/**
 * Workshop recognitions by day, with the workshop and level: the dispatch
 * report picks the recognitions of a period and counts them by level.
 */
const INDEXES: Array<[string, string[]]> = [['workshop_recognition', ['recognized_on', 'workshop_id', 'level']]];

export class AddStatisticsIndexes1764300400000 implements MigrationInterface {
  name = 'AddStatisticsIndexes1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of INDEXES) await queryRunner.createIndex(table, index(table, columns));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index(table, columns).name!);
  }
}
