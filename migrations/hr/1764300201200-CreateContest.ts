import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateContest1764300201200 implements MigrationInterface {
  name = 'CreateContest1764300201200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'contest',
        columns: [
          id(),
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'contest_class', type: 'enum', enum: ['CLASS_ONE', 'CLASS_TWO', 'OTHER'] },
          { name: 'year', type: 'integer' },
          { name: 'held_on', type: 'date' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'item_key', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          index('contest', ['item_key']),
          index('contest', ['region_code']),
          index('contest', ['year']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contest');
  }
}
