import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateTargetGroupStatus1764300200100 implements MigrationInterface {
  name = 'CreateTargetGroupStatus1764300200100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'target_group_status',
        columns: [
          id(),
          { name: 'person_id', type: 'integer' },
          { name: 'target_group', type: 'enum', enum: ['RURAL_TRANSFER_LABORER', 'REGISTERED_UNEMPLOYED', 'POVERTY_ALLEVIATED'] },
          { name: 'valid_from', type: 'date' },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
        foreignKeys: [foreignKey('target_group_status', 'person_id', 'person', 'CASCADE')],
        indices: [
          index('target_group_status', ['person_id']),
          index('target_group_status', ['target_group']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('target_group_status');
  }
}
