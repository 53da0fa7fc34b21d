import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateWorkshop1764300100400 implements MigrationInterface {
  name = 'CreateWorkshop1764300100400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'workshop',
        columns: [
          id(),
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'operator_uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'jobs_created', type: 'integer' },
          { name: 'status', type: 'enum', enum: ['ACTIVE', 'SUSPENDED', 'REVOKED'] },
          { name: 'established_on', type: 'date', isNullable: true },
        ],
        indices: [
          index('workshop', ['region_code']),
          index('workshop', ['operator_uscc']),
          index('workshop', ['status']),
          index('workshop', ['name']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('workshop');
  }
}
