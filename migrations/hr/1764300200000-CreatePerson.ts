import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreatePerson1764300200000 implements MigrationInterface {
  name = 'CreatePerson1764300200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'person',
        columns: [
          id(),
          { name: 'citizen_id', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'gender', type: 'enum', enum: ['MALE', 'FEMALE'] },
          { name: 'birth_date', type: 'date' },
          { name: 'phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        indices: [
          index('person', ['citizen_id'], true),
          index('person', ['region_code']),
          index('person', ['birth_date']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('person');
  }
}
