import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateTrainingMaterialCatalogEntry1765000300200 implements MigrationInterface {
  name = 'CreateTrainingMaterialCatalogEntry1765000300200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_material_catalog_entry',
        columns: [
          { name: 'material_id', type: 'integer', isPrimary: true },
          { name: 'catalog_entry_id', type: 'integer', isPrimary: true },
        ],
        foreignKeys: [
          foreignKey('training_material_catalog_entry', 'material_id', 'training_material', 'CASCADE'),
          foreignKey('training_material_catalog_entry', 'catalog_entry_id', 'training_catalog_entry', 'CASCADE'),
        ],
        indices: [index('training_material_catalog_entry', ['catalog_entry_id'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_material_catalog_entry');
  }
}
