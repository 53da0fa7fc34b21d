import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateHeritageItem1764300100000 implements MigrationInterface {
  name = 'CreateHeritageItem1764300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'heritage_item',
        columns: [
          id(),
          { name: 'item_key', type: 'varchar', length: '100' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_en', type: 'varchar', length: '200', isNullable: true },
          {
            name: 'category',
            type: 'enum',
            enum: [
              'FOLK_LITERATURE',
              'TRADITIONAL_MUSIC',
              'TRADITIONAL_DANCE',
              'TRADITIONAL_THEATRE',
              'QUYI',
              'TRADITIONAL_SPORTS',
              'TRADITIONAL_ART',
              'TRADITIONAL_CRAFTSMANSHIP',
              'TRADITIONAL_MEDICINE',
              'FOLK_CUSTOM',
            ],
          },
          { name: 'level', type: 'enum', enum: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'] },
          { name: 'number', type: 'varchar', length: '32' },
          { name: 'number_provisional', type: 'boolean' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'year', type: 'integer', isNullable: true },
          { name: 'verified', type: 'boolean' },
        ],
        indices: [
          index('heritage_item', ['item_key'], true),
          index('heritage_item', ['level']),
          index('heritage_item', ['category']),
          index('heritage_item', ['region_code']),
          index('heritage_item', ['name']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('heritage_item');
  }
}
