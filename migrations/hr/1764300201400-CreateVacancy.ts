import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateVacancy1764300201400 implements MigrationInterface {
  name = 'CreateVacancy1764300201400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'vacancy',
        columns: [
          id(),
          { name: 'employer_uscc', type: 'varchar', length: '18' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'craft', type: 'varchar', length: '100', isNullable: true },
          { name: 'item_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'headcount', type: 'integer' },
          { name: 'pay_min', type: 'decimal', precision: 12, scale: 2 },
          { name: 'pay_max', type: 'decimal', precision: 12, scale: 2 },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'posted_on', type: 'date' },
          { name: 'closes_on', type: 'date', isNullable: true },
          { name: 'status', type: 'enum', enum: ['OPEN', 'CLOSED'] },
        ],
        indices: [
          index('vacancy', ['employer_uscc']),
          index('vacancy', ['region_code']),
          index('vacancy', ['posted_on']),
          index('vacancy', ['item_key']),
          index('vacancy', ['status']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('vacancy');
  }
}
