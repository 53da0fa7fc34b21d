import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { index } from '../columns';

/**
 * Each audit event gets its place in the chain (`seq`), a signature and the
 * id of the key that made it, and the count and digest of its persons rows
 * (audit_event_person, next migration). Events already written keep their
 * plain hash and no signature: `audit verify` accepts such events only
 * before the first signed one, whose signed previous hash then covers them.
 */
export class SignAuditEvents1764300500000 implements MigrationInterface {
  name = 'SignAuditEvents1764300500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('audit_event', new TableColumn({ name: 'seq', type: 'integer', isNullable: true }));
    await numberExistingEvents(queryRunner);
    await queryRunner.changeColumn('audit_event', 'seq', new TableColumn({ name: 'seq', type: 'integer' }));
    await queryRunner.addColumns('audit_event', [
      new TableColumn({ name: 'persons_count', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'persons_digest', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'key_id', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'signature', type: 'varchar', length: '128', isNullable: true }),
    ]);
    await queryRunner.createIndex('audit_event', index('audit_event', ['seq'], true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_event', 'UQ_audit_event_seq');
    for (const column of ['signature', 'key_id', 'persons_digest', 'persons_count', 'seq']) await queryRunner.dropColumn('audit_event', column);
  }
}

/** seq = 1, 2, 3, … in id order: one UPDATE per run of consecutive ids (normally one in all). */
async function numberExistingEvents(queryRunner: QueryRunner): Promise<void> {
  const ids = ((await queryRunner.query('SELECT id FROM audit_event ORDER BY id')) as Array<{ id: unknown }>).map((r) => Number(r.id));
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i < ids.length && ids[i] === ids[i - 1] + 1) continue;
    await queryRunner.query('UPDATE audit_event SET seq = id + ? WHERE id BETWEEN ? AND ?', [start + 1 - ids[start], ids[start], ids[i - 1]]);
    start = i;
  }
}
