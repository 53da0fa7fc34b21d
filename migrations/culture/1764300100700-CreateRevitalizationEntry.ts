import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateRevitalizationEntry1764300100700 implements MigrationInterface {
  name = 'CreateRevitalizationEntry1764300100700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'revitalization_entry',
        columns: [
          id(),
          { name: 'catalogue_level', type: 'enum', enum: ['NATIONAL', 'PROVINCIAL'] },
          { name: 'batch', type: 'integer' },
          { name: 'year', type: 'integer' },
          {
            name: 'category_code',
            type: 'enum',
            enum: ['FRZX', 'BZZZ', 'DKSZ', 'JSJG', 'JZKH', 'TCSZ', 'WFZZ', 'QQXS', 'YSZB', 'SPZZ', 'ZYPZ', 'QJZZ'],
            isNullable: true,
          },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'item_id', type: 'integer', isNullable: true },
        ],
        indices: [
          index('revitalization_entry', ['region_code']),
          index('revitalization_entry', ['category_code']),
          index('revitalization_entry', ['item_id']),
          index('revitalization_entry', ['catalogue_level']),
        ],
        foreignKeys: [foreignKey('revitalization_entry', 'item_id', 'heritage_item', 'SET NULL')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('revitalization_entry');
  }
}
