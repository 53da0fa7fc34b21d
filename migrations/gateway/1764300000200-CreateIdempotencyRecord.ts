import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id } from '../columns';

export class CreateIdempotencyRecord1764300000200 implements MigrationInterface {
  name = 'CreateIdempotencyRecord1764300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          id(),
          { name: 'client_id', type: 'integer' },
          { name: 'idempotency_key', type: 'varchar', length: '200' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'response', type: 'text' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_idempotency_record_client_key', columnNames: ['client_id', 'idempotency_key'], isUnique: true }),
          new TableIndex({ name: 'IDX_idempotency_record_created_at', columnNames: ['created_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_record');
  }
}
