import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateTrainingCatalogItem1764300200500 implements MigrationInterface {
  name = 'CreateTrainingCatalogItem1764300200500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_catalog_item',
        columns: [
          { name: 'entry_id', type: 'integer', isPrimary: true },
          { name: 'item_key', type: 'varchar', length: '64', isPrimary: true },
        ],
        // The primary key leads with entry_id, so it also serves the foreign key.
        foreignKeys: [foreignKey('training_catalog_item', 'entry_id', 'training_catalog_entry', 'CASCADE')],
        indices: [index('training_catalog_item', ['item_key'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_catalog_item');
  }
}
