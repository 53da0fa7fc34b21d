import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateEmploymentEventVacancy1765000100600 implements MigrationInterface {
  name = 'CreateEmploymentEventVacancy1765000100600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employment_event_vacancy',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'vacancy_id', type: 'integer', isPrimary: true },
        ],
        foreignKeys: [
          foreignKey('employment_event_vacancy', 'event_id', 'employment_event', 'CASCADE'),
          foreignKey('employment_event_vacancy', 'vacancy_id', 'vacancy', 'CASCADE'),
        ],
        indices: [index('employment_event_vacancy', ['vacancy_id'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_event_vacancy');
  }
}
