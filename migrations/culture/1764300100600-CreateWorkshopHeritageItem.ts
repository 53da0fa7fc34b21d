import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateWorkshopHeritageItem1764300100600 implements MigrationInterface {
  name = 'CreateWorkshopHeritageItem1764300100600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'workshop_heritage_item',
        columns: [
          // The primary key (workshop_id, item_id) also serves the workshop foreign key on MySQL.
          { name: 'workshop_id', type: 'integer', isPrimary: true },
          { name: 'item_id', type: 'integer', isPrimary: true },
        ],
        indices: [index('workshop_heritage_item', ['item_id'])],
        foreignKeys: [
          foreignKey('workshop_heritage_item', 'workshop_id', 'workshop', 'CASCADE'),
          foreignKey('workshop_heritage_item', 'item_id', 'heritage_item', 'CASCADE'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('workshop_heritage_item');
  }
}
