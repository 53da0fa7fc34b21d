import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { index } from '../columns';

/**
 * The inheritor's person linkage key (HMAC-SHA-256 of the normalised ID
 * number under PERSON_LINK_SECRET, hex), the only person key that leaves the
 * culture bureau. Filled at start-up and by `link-keys rotate`
 * (src/modules/links/link-keys.ts); indexed, since HR persons find their inheritor
 * records by it.
 */
export class AddInheritorLinkKey1765000400100 implements MigrationInterface {
  name = 'AddInheritorLinkKey1765000400100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('inheritor', new TableColumn({ name: 'link_key', type: 'varchar', length: '64', isNullable: true }));
    await queryRunner.createIndex('inheritor', index('inheritor', ['link_key']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('inheritor', index('inheritor', ['link_key']).name!);
    await queryRunner.dropColumn('inheritor', 'link_key');
  }
}
