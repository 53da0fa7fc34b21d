import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateWorkshopRecognition1764300100500 implements MigrationInterface {
  name = 'CreateWorkshopRecognition1764300100500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'workshop_recognition',
        columns: [
          id(),
          { name: 'workshop_id', type: 'integer' },
          { name: 'level', type: 'enum', enum: ['COUNTY', 'CITY', 'PROVINCE'] },
          { name: 'year', type: 'integer' },
          { name: 'recognized_on', type: 'date', isNullable: true },
        ],
        indices: [
          // Leads with workshop_id, so it also serves the foreign key on MySQL.
          index('workshop_recognition', ['workshop_id', 'level'], true),
          index('workshop_recognition', ['year']),
          index('workshop_recognition', ['level']),
        ],
        foreignKeys: [foreignKey('workshop_recognition', 'workshop_id', 'workshop', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('workshop_recognition');
  }
}
