import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

/** 创业训练营: a city's boot camp for operators of Shandong Handmade small, micro and start-up enterprises. */
export class CreateBootCamp1765000200100 implements MigrationInterface {
  name = 'CreateBootCamp1765000200100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'boot_camp',
        columns: [
          id(),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'organiser', type: 'varchar', length: '100' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          { name: 'intake', type: 'integer' },
        ],
        indices: [index('boot_camp', ['code'], true), index('boot_camp', ['region_code']), index('boot_camp', ['starts_on'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('boot_camp');
  }
}
