import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateRightsCase1765000300500 implements MigrationInterface {
  name = 'CreateRightsCase1765000300500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'rights_case',
        columns: [
          id(),
          { name: 'case_number', type: 'varchar', length: '32' },
          { name: 'person_id', type: 'integer' },
          { name: 'unit_id', type: 'integer' },
          { name: 'kind', type: 'enum', enum: ['WAGE_ARREARS', 'LABOR_CONTRACT', 'SOCIAL_INSURANCE', 'WORK_INJURY', 'OTHER'] },
          { name: 'opened_on', type: 'date' },
          { name: 'closed_on', type: 'date', isNullable: true },
          { name: 'outcome', type: 'enum', enum: ['RESOLVED', 'MEDIATED', 'REFERRED_TO_ARBITRATION', 'REFERRED_TO_INSPECTION', 'WITHDRAWN'], isNullable: true },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        foreignKeys: [foreignKey('rights_case', 'person_id', 'person'), foreignKey('rights_case', 'unit_id', 'labor_brand_unit')],
        indices: [
          index('rights_case', ['case_number'], true),
          index('rights_case', ['person_id']),
          index('rights_case', ['unit_id']),
          index('rights_case', ['opened_on']),
          index('rights_case', ['closed_on']),
          index('rights_case', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rights_case');
  }
}
