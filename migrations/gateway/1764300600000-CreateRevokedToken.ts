import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

/** Bearer token ids (`jti`) revoked before their expiry; each server keeps them in memory. */
export class CreateRevokedToken1764300600000 implements MigrationInterface {
  name = 'CreateRevokedToken1764300600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'revoked_token',
        columns: [
          id(),
          { name: 'jti', type: 'varchar', length: '200' },
          { name: 'revoked_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime', isNullable: true },
          { name: 'reason', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [index('revoked_token', ['jti'], true), index('revoked_token', ['expires_at'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('revoked_token');
  }
}
