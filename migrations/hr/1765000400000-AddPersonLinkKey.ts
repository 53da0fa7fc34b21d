import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { index } from '../columns';

/**
 * The person's linkage key across the agency boundary (HMAC-SHA-256 of the
 * normalised ID number under PERSON_LINK_SECRET, hex). Nullable because SQL
 * cannot compute it: start-up fills rows without one (src/modules/links/link-keys.ts),
 * and `link-keys rotate` recomputes them all. Indexed: the culture bureau's
 * inheritors find their HR person by it.
 */
export class AddPersonLinkKey1765000400000 implements MigrationInterface {
  name = 'AddPersonLinkKey1765000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('person', new TableColumn({ name: 'link_key', type: 'varchar', length: '64', isNullable: true }));
    await queryRunner.createIndex('person', index('person', ['link_key']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('person', index('person', ['link_key']).name!);
    await queryRunner.dropColumn('person', 'link_key');
  }
}
