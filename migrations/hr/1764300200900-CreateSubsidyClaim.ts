import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateSubsidyClaim1764300200900 implements MigrationInterface {
  name = 'CreateSubsidyClaim1764300200900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'subsidy_claim',
        columns: [
          id(),
          { name: 'enrollment_id', type: 'integer' },
          { name: 'amount', type: 'decimal', precision: 12, scale: 2 },
          { name: 'status', type: 'enum', enum: ['FILED', 'APPROVED', 'PAID', 'REJECTED'] },
          { name: 'claimed_on', type: 'date' },
          { name: 'paid_on', type: 'date', isNullable: true },
        ],
        foreignKeys: [foreignKey('subsidy_claim', 'enrollment_id', 'enrollment', 'CASCADE')],
        indices: [
          index('subsidy_claim', ['enrollment_id'], true),
          index('subsidy_claim', ['status']),
          index('subsidy_claim', ['claimed_on']),
          index('subsidy_claim', ['paid_on']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('subsidy_claim');
  }
}
