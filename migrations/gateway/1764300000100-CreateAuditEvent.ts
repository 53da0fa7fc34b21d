import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { id } from '../columns';

export class CreateAuditEvent1764300000100 implements MigrationInterface {
  name = 'CreateAuditEvent1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          id(),
          { name: 'occurred_at', type: 'datetime' },
          { name: 'client_id', type: 'integer', isNullable: true },
          { name: 'operation_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'detail', type: 'text' },
          { name: 'previous_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_audit_event_occurred_at', columnNames: ['occurred_at'] }),
          new TableIndex({ name: 'IDX_audit_event_client_id', columnNames: ['client_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_event');
  }
}
