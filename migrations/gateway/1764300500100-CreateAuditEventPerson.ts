import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

/** The persons an audit event read, a row each, so no column has to hold a whole bulk read. */
export class CreateAuditEventPerson1764300500100 implements MigrationInterface {
  name = 'CreateAuditEventPerson1764300500100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_event_person',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'person_type', type: 'varchar', length: '40' },
          { name: 'row_id', type: 'integer' },
          { name: 'fields', type: 'varchar', length: '255' },
        ],
        foreignKeys: [foreignKey('audit_event_person', 'event_id', 'audit_event', 'CASCADE')],
        indices: [index('audit_event_person', ['person_type', 'row_id'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_event_person');
  }
}
