import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateInheritor1764300100200 implements MigrationInterface {
  name = 'CreateInheritor1764300100200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'inheritor',
        columns: [
          id(),
          { name: 'item_id', type: 'integer' },
          { name: 'citizen_id', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'level', type: 'enum', enum: ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'] },
          { name: 'year', type: 'integer' },
          { name: 'batch', type: 'integer', isNullable: true },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        indices: [
          // Leads with item_id, so it also serves the foreign key on MySQL.
          index('inheritor', ['item_id', 'citizen_id', 'level'], true),
          index('inheritor', ['citizen_id']),
          index('inheritor', ['level']),
          index('inheritor', ['region_code']),
          index('inheritor', ['year']),
        ],
        foreignKeys: [foreignKey('inheritor', 'item_id', 'heritage_item')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('inheritor');
  }
}
