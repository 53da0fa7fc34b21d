import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

/** A boot camp's participant: an enterprise (by USCC) and its operator (a person), once per camp. */
export class CreateBootCampParticipant1765000200200 implements MigrationInterface {
  name = 'CreateBootCampParticipant1765000200200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'boot_camp_participant',
        columns: [
          id(),
          { name: 'camp_id', type: 'integer' },
          { name: 'person_id', type: 'integer' },
          { name: 'enterprise_uscc', type: 'varchar', length: '18' },
          { name: 'enterprise_kind', type: 'enum', enum: ['SMALL_MICRO', 'STARTUP'] },
          { name: 'status', type: 'enum', enum: ['SELECTED', 'COMPLETED', 'WITHDRAWN'] },
        ],
        foreignKeys: [foreignKey('boot_camp_participant', 'camp_id', 'boot_camp'), foreignKey('boot_camp_participant', 'person_id', 'person')],
        indices: [
          index('boot_camp_participant', ['camp_id', 'enterprise_uscc'], true),
          index('boot_camp_participant', ['person_id']),
          index('boot_camp_participant', ['enterprise_uscc']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('boot_camp_participant');
  }
}
