import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateEmploymentEvent1765000100400 implements MigrationInterface {
  name = 'CreateEmploymentEvent1765000100400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employment_event',
        columns: [
          id(),
          { name: 'name', type: 'varchar', length: '200' },
          {
            name: 'kind',
            type: 'enum',
            enum: ['EMPLOYMENT_ASSISTANCE_MONTH', 'SPRING_BREEZE', 'PRIVATE_ENTERPRISE_MONTH', 'HUNDRED_DAYS_ONLINE', 'GOLDEN_AUTUMN', 'OTHER'],
          },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'held_on', type: 'date' },
          { name: 'ends_on', type: 'date', isNullable: true },
          { name: 'organiser', type: 'varchar', length: '200' },
          { name: 'handmade_area', type: 'boolean' },
          { name: 'handmade_area_operator', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [index('employment_event', ['region_code']), index('employment_event', ['held_on']), index('employment_event', ['kind'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_event');
  }
}
