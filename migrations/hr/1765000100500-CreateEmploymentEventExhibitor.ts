import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateEmploymentEventExhibitor1765000100500 implements MigrationInterface {
  name = 'CreateEmploymentEventExhibitor1765000100500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employment_event_exhibitor',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'uscc', type: 'varchar', length: '18', isPrimary: true },
          { name: 'in_handmade_area', type: 'boolean' },
        ],
        foreignKeys: [foreignKey('employment_event_exhibitor', 'event_id', 'employment_event', 'CASCADE')],
        indices: [index('employment_event_exhibitor', ['uscc'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_event_exhibitor');
  }
}
