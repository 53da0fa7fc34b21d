import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateHeritageListing1764300100100 implements MigrationInterface {
  name = 'CreateHeritageListing1764300100100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'heritage_listing',
        columns: [
          id(),
          { name: 'item_id', type: 'integer' },
          { name: 'listing_key', type: 'varchar', length: '100' },
          { name: 'level', type: 'enum', enum: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'] },
          { name: 'number', type: 'varchar', length: '32' },
          { name: 'batch', type: 'integer', isNullable: true },
          { name: 'year', type: 'integer', isNullable: true },
          { name: 'area_code', type: 'varchar', length: '6' },
          { name: 'protection_unit_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'protection_unit_uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'kind', type: 'enum', enum: ['NEW', 'EXTENSION'] },
        ],
        indices: [
          index('heritage_listing', ['listing_key'], true),
          index('heritage_listing', ['item_id']),
          index('heritage_listing', ['area_code']),
          index('heritage_listing', ['level']),
          index('heritage_listing', ['protection_unit_uscc']),
        ],
        foreignKeys: [foreignKey('heritage_listing', 'item_id', 'heritage_item', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('heritage_listing');
  }
}
