import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateTrainingMaterial1765000300000 implements MigrationInterface {
  name = 'CreateTrainingMaterial1765000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_material',
        columns: [
          id(),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'kind', type: 'enum', enum: ['TEXTBOOK', 'COURSE', 'ONLINE_COURSE'] },
          { name: 'publisher', type: 'varchar', length: '200' },
          { name: 'year', type: 'integer' },
          { name: 'released_on', type: 'date', isNullable: true },
          { name: 'class_hours', type: 'integer', isNullable: true },
          { name: 'isbn', type: 'varchar', length: '17', isNullable: true },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        indices: [
          index('training_material', ['code'], true),
          index('training_material', ['region_code']),
          index('training_material', ['released_on']),
          index('training_material', ['year']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_material');
  }
}
