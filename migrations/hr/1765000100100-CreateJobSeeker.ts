import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateJobSeeker1765000100100 implements MigrationInterface {
  name = 'CreateJobSeeker1765000100100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_seeker',
        columns: [
          id(),
          { name: 'person_id', type: 'integer' },
          { name: 'registered_on', type: 'date' },
          { name: 'center_name', type: 'varchar', length: '100' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'occupation_code', type: 'varchar', length: '20', isNullable: true },
          { name: 'wished_pay_min', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          { name: 'available_from', type: 'date' },
          { name: 'status', type: 'enum', enum: ['ACTIVE', 'PLACED', 'WITHDRAWN'] },
        ],
        foreignKeys: [foreignKey('job_seeker', 'person_id', 'person')],
        indices: [
          index('job_seeker', ['person_id']),
          index('job_seeker', ['region_code']),
          index('job_seeker', ['registered_on']),
          index('job_seeker', ['status']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_seeker');
  }
}
