import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateTrainingCohort1764300200700 implements MigrationInterface {
  name = 'CreateTrainingCohort1764300200700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_cohort',
        columns: [
          id(),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'catalog_entry_id', type: 'integer' },
          { name: 'provider_id', type: 'integer' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          { name: 'project_based', type: 'boolean' },
          { name: 'planned_size', type: 'integer' },
        ],
        foreignKeys: [
          foreignKey('training_cohort', 'catalog_entry_id', 'training_catalog_entry'),
          foreignKey('training_cohort', 'provider_id', 'training_provider'),
        ],
        indices: [
          index('training_cohort', ['code'], true),
          index('training_cohort', ['catalog_entry_id']),
          index('training_cohort', ['provider_id']),
          index('training_cohort', ['region_code']),
          index('training_cohort', ['starts_on']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_cohort');
  }
}
