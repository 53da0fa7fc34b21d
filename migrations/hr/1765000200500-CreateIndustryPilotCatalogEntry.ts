import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

/** The training catalogue entries a pilot runs. */
export class CreateIndustryPilotCatalogEntry1765000200500 implements MigrationInterface {
  name = 'CreateIndustryPilotCatalogEntry1765000200500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'industry_pilot_catalog_entry',
        columns: [id(), { name: 'pilot_id', type: 'integer' }, { name: 'entry_id', type: 'integer' }],
        foreignKeys: [foreignKey('industry_pilot_catalog_entry', 'pilot_id', 'industry_pilot'), foreignKey('industry_pilot_catalog_entry', 'entry_id', 'training_catalog_entry')],
        indices: [index('industry_pilot_catalog_entry', ['pilot_id', 'entry_id'], true), index('industry_pilot_catalog_entry', ['entry_id'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('industry_pilot_catalog_entry');
  }
}
