import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateLaborBrandUnit1764300200300 implements MigrationInterface {
  name = 'CreateLaborBrandUnit1764300200300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'labor_brand_unit',
        columns: [
          id(),
          { name: 'brand_id', type: 'integer' },
          { name: 'uscc', type: 'varchar', length: '18' },
          { name: 'unit_kind', type: 'enum', enum: ['WORKSHOP', 'KEY_ENTERPRISE', 'KEY_PROJECT'] },
          { name: 'recognized_on', type: 'date' },
        ],
        foreignKeys: [foreignKey('labor_brand_unit', 'brand_id', 'labor_brand', 'CASCADE')],
        indices: [
          index('labor_brand_unit', ['brand_id', 'uscc'], true),
          index('labor_brand_unit', ['uscc']),
          index('labor_brand_unit', ['recognized_on']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('labor_brand_unit');
  }
}
