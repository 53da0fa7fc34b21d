import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

/** Who takes part in a pilot: enterprises of the cluster and filed training providers, by USCC. */
export class CreateIndustryPilotMember1765000200400 implements MigrationInterface {
  name = 'CreateIndustryPilotMember1765000200400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'industry_pilot_member',
        columns: [
          id(),
          { name: 'pilot_id', type: 'integer' },
          { name: 'role', type: 'enum', enum: ['ENTERPRISE', 'TRAINING_PROVIDER'] },
          { name: 'uscc', type: 'varchar', length: '18' },
        ],
        foreignKeys: [foreignKey('industry_pilot_member', 'pilot_id', 'industry_pilot')],
        indices: [index('industry_pilot_member', ['pilot_id', 'role', 'uscc'], true), index('industry_pilot_member', ['uscc'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('industry_pilot_member');
  }
}
