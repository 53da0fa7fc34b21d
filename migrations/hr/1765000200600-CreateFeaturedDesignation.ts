import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

/** 一市一品牌, 一县一项目: a labour brand designated its city's brand, a catalogue programme its county's project, for a year. */
export class CreateFeaturedDesignation1765000200600 implements MigrationInterface {
  name = 'CreateFeaturedDesignation1765000200600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'featured_designation',
        columns: [
          id(),
          { name: 'kind', type: 'enum', enum: ['CITY_BRAND', 'COUNTY_PROJECT'] },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'year', type: 'integer' },
          { name: 'labor_brand_id', type: 'integer', isNullable: true },
          { name: 'catalog_entry_id', type: 'integer', isNullable: true },
        ],
        foreignKeys: [foreignKey('featured_designation', 'labor_brand_id', 'labor_brand'), foreignKey('featured_designation', 'catalog_entry_id', 'training_catalog_entry')],
        indices: [
          index('featured_designation', ['kind', 'region_code', 'year'], true),
          index('featured_designation', ['labor_brand_id']),
          index('featured_designation', ['catalog_entry_id']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('featured_designation');
  }
}
