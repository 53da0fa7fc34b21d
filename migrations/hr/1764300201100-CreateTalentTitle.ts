import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateTalentTitle1764300201100 implements MigrationInterface {
  name = 'CreateTalentTitle1764300201100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'talent_title',
        columns: [
          id(),
          { name: 'person_id', type: 'integer' },
          {
            name: 'kind',
            type: 'enum',
            enum: ['SHANDONG_TECHNICAL_EXPERT', 'QILU_CHIEF_TECHNICIAN', 'NATIONAL_TECHNICAL_EXPERT', 'OTHER'],
          },
          { name: 'title_name', type: 'varchar', length: '100', isNullable: true },
          { name: 'year', type: 'integer' },
          { name: 'awarded_on', type: 'date' },
          { name: 'term_ends_on', type: 'date', isNullable: true },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        foreignKeys: [foreignKey('talent_title', 'person_id', 'person')],
        indices: [
          index('talent_title', ['person_id']),
          index('talent_title', ['kind']),
          index('talent_title', ['year']),
          index('talent_title', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('talent_title');
  }
}
