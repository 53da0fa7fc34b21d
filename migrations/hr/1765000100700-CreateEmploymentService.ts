import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateEmploymentService1765000100700 implements MigrationInterface {
  name = 'CreateEmploymentService1765000100700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employment_service',
        columns: [
          id(),
          { name: 'person_id', type: 'integer' },
          { name: 'kind', type: 'enum', enum: ['INTRODUCTION', 'GUIDANCE', 'POLICY_CONSULTATION'] },
          { name: 'center_name', type: 'varchar', length: '100' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'served_on', type: 'date' },
          { name: 'vacancy_id', type: 'integer', isNullable: true },
          { name: 'event_id', type: 'integer', isNullable: true },
          { name: 'outcome', type: 'enum', enum: ['REFERRED', 'HIRED', 'NOT_HIRED', 'NONE'] },
          { name: 'hired_on', type: 'date', isNullable: true },
        ],
        foreignKeys: [
          foreignKey('employment_service', 'person_id', 'person'),
          foreignKey('employment_service', 'vacancy_id', 'vacancy'),
          foreignKey('employment_service', 'event_id', 'employment_event'),
        ],
        indices: [
          index('employment_service', ['person_id']),
          index('employment_service', ['vacancy_id']),
          index('employment_service', ['event_id']),
          index('employment_service', ['served_on']),
          // The dispatch report counts hires by their day.
          index('employment_service', ['hired_on']),
          index('employment_service', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_service');
  }
}
