import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateStartupLoan1764300201500 implements MigrationInterface {
  name = 'CreateStartupLoan1764300201500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'startup_loan',
        columns: [
          id(),
          { name: 'borrower_person_id', type: 'integer', isNullable: true },
          { name: 'borrower_uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'amount', type: 'decimal', precision: 12, scale: 2 },
          { name: 'bank', type: 'varchar', length: '100' },
          { name: 'guarantor', type: 'varchar', length: '100', isNullable: true },
          { name: 'granted_on', type: 'date' },
          { name: 'term_months', type: 'integer' },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        foreignKeys: [foreignKey('startup_loan', 'borrower_person_id', 'person')],
        indices: [
          index('startup_loan', ['borrower_person_id']),
          index('startup_loan', ['borrower_uscc']),
          index('startup_loan', ['granted_on']),
          index('startup_loan', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('startup_loan');
  }
}
