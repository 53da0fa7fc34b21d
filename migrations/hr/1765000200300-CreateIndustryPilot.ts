import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

/** 产训结合建设试点: a pilot linking a Shandong Handmade industry cluster's enterprises with training, for a year. */
export class CreateIndustryPilot1765000200300 implements MigrationInterface {
  name = 'CreateIndustryPilot1765000200300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'industry_pilot',
        columns: [
          id(),
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'cluster', type: 'varchar', length: '100' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'year', type: 'integer' },
        ],
        indices: [index('industry_pilot', ['code'], true), index('industry_pilot', ['year', 'region_code'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('industry_pilot');
  }
}
