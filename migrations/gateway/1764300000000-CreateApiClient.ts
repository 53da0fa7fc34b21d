import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id } from '../columns';

export class CreateApiClient1764300000000 implements MigrationInterface {
  name = 'CreateApiClient1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'api_client',
        columns: [
          id(),
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'key_prefix', type: 'varchar', length: '16' },
          { name: 'key_hash', type: 'varchar', length: '128' },
          { name: 'role', type: 'enum', enum: ['PUBLIC', 'ANALYST', 'PARTNER', 'CULTURE_AGENCY', 'HR_AGENCY', 'ADMIN'] },
          { name: 'scopes', type: 'varchar', length: '200', default: "''" },
          { name: 'region_code', type: 'varchar', length: '6', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'UQ_api_client_key_prefix', columnNames: ['key_prefix'], isUnique: true }),
          new TableIndex({ name: 'IDX_api_client_region_code', columnNames: ['region_code'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_client');
  }
}
