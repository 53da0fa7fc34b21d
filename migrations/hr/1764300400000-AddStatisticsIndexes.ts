import { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from '../columns';

/**
 * Covering indexes for the statistics' grouping paths, so the GROUP BY
 * statements read indexes instead of every row:
 * - enrolments by day (the dispatch report's period, enrolledFrom/To filters),
 *   with the cohort (whose region and programme they are grouped by) and the
 *   target group, status and result they are counted by;
 * - the same by cohort first, the plan MySQL/MariaDB choose when grouping
 *   all enrolments by region;
 * - completions by day;
 * - skill certificates by region and day of issue, with their kind and level.
 */
const INDEXES: Array<[string, string[]]> = [
  ['enrollment', ['enrolled_on', 'cohort_id', 'target_group', 'status', 'passed']],
  ['enrollment', ['cohort_id', 'enrolled_on', 'target_group', 'status', 'passed']],
  ['enrollment', ['completed_on', 'status', 'cohort_id', 'target_group']],
  ['skill_certificate', ['region_code', 'issued_on', 'kind', 'level']],
];

export class AddStatisticsIndexes1764300400000 implements MigrationInterface {
  name = 'AddStatisticsIndexes1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of INDEXES) await queryRunner.createIndex(table, index(table, columns));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index(table, columns).name!);
  }
}
