import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

/** 创业服务: start-up guidance and consultation given to a person, an enterprise, or both. */
export class CreateStartupService1765000200000 implements MigrationInterface {
  name = 'CreateStartupService1765000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'startup_service',
        columns: [
          id(),
          { name: 'kind', type: 'enum', enum: ['GUIDANCE', 'CONSULTATION'] },
          { name: 'person_id', type: 'integer', isNullable: true },
          { name: 'client_uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'centre', type: 'varchar', length: '100' },
          { name: 'topic', type: 'varchar', length: '200', isNullable: true },
          { name: 'served_on', type: 'date' },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        foreignKeys: [foreignKey('startup_service', 'person_id', 'person')],
        indices: [
          index('startup_service', ['person_id']),
          index('startup_service', ['client_uscc']),
          // The dispatch report counts services by day and region from this index alone.
          index('startup_service', ['served_on', 'region_code', 'kind', 'person_id']),
          index('startup_service', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('startup_service');
  }
}
