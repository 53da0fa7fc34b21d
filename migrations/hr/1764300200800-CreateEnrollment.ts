import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateEnrollment1764300200800 implements MigrationInterface {
  name = 'CreateEnrollment1764300200800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'enrollment',
        columns: [
          id(),
          { name: 'cohort_id', type: 'integer' },
          { name: 'person_id', type: 'integer' },
          { name: 'enrolled_on', type: 'date' },
          { name: 'status', type: 'enum', enum: ['ENROLLED', 'COMPLETED', 'DROPPED'] },
          { name: 'completed_on', type: 'date', isNullable: true },
          { name: 'passed', type: 'boolean', isNullable: true },
          {
            name: 'target_group',
            type: 'enum',
            enum: ['RURAL_TRANSFER_LABORER', 'REGISTERED_UNEMPLOYED', 'POVERTY_ALLEVIATED'],
            isNullable: true,
          },
        ],
        foreignKeys: [
          foreignKey('enrollment', 'cohort_id', 'training_cohort', 'CASCADE'),
          foreignKey('enrollment', 'person_id', 'person'),
        ],
        indices: [
          index('enrollment', ['cohort_id', 'person_id'], true),
          index('enrollment', ['person_id']),
          index('enrollment', ['enrolled_on']),
          index('enrollment', ['status']),
          index('enrollment', ['target_group']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('enrollment');
  }
}
