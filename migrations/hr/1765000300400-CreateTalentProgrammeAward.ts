import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateTalentProgrammeAward1765000300400 implements MigrationInterface {
  name = 'CreateTalentProgrammeAward1765000300400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'talent_programme_award',
        columns: [
          id(),
          { name: 'person_id', type: 'integer' },
          { name: 'programme', type: 'varchar', length: '100' },
          { name: 'programme_level', type: 'enum', enum: ['PROVINCE', 'CITY', 'COUNTY'] },
          { name: 'year', type: 'integer' },
          { name: 'awarded_on', type: 'date' },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        // The unique key leads with person_id, so it also serves the foreign key.
        foreignKeys: [foreignKey('talent_programme_award', 'person_id', 'person')],
        indices: [
          index('talent_programme_award', ['person_id', 'programme', 'year'], true),
          index('talent_programme_award', ['awarded_on']),
          index('talent_programme_award', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('talent_programme_award');
  }
}
