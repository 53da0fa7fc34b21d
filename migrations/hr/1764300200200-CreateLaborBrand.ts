import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateLaborBrand1764300200200 implements MigrationInterface {
  name = 'CreateLaborBrand1764300200200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'labor_brand',
        columns: [
          id(),
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'craft', type: 'varchar', length: '100' },
          { name: 'item_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'established_year', type: 'integer' },
        ],
        indices: [
          index('labor_brand', ['name'], true),
          index('labor_brand', ['region_code']),
          index('labor_brand', ['item_key']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('labor_brand');
  }
}
