import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateTrainingCatalogEntry1764300200400 implements MigrationInterface {
  name = 'CreateTrainingCatalogEntry1764300200400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_catalog_entry',
        columns: [
          id(),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'occupation_code', type: 'varchar', length: '20', isNullable: true },
          { name: 'ability_spec', type: 'varchar', length: '200', isNullable: true },
          { name: 'class_hours', type: 'integer' },
          { name: 'subsidy_per_hour', type: 'decimal', precision: 12, scale: 2 },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'status', type: 'enum', enum: ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] },
          { name: 'published_on', type: 'date', isNullable: true },
        ],
        indices: [
          index('training_catalog_entry', ['code'], true),
          index('training_catalog_entry', ['region_code']),
          index('training_catalog_entry', ['status']),
          index('training_catalog_entry', ['published_on']),
          index('training_catalog_entry', ['occupation_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_catalog_entry');
  }
}
