import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateTrainingMaterialItem1765000300100 implements MigrationInterface {
  name = 'CreateTrainingMaterialItem1765000300100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_material_item',
        columns: [
          { name: 'material_id', type: 'integer', isPrimary: true },
          { name: 'item_key', type: 'varchar', length: '64', isPrimary: true },
        ],
        // The primary key leads with material_id, so it also serves the foreign key.
        foreignKeys: [foreignKey('training_material_item', 'material_id', 'training_material', 'CASCADE')],
        indices: [index('training_material_item', ['item_key'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_material_item');
  }
}
