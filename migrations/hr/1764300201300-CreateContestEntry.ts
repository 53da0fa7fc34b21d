import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateContestEntry1764300201300 implements MigrationInterface {
  name = 'CreateContestEntry1764300201300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'contest_entry',
        columns: [
          id(),
          { name: 'contest_id', type: 'integer' },
          { name: 'person_id', type: 'integer' },
          // The data model's `rank`; RANK is a reserved word in MySQL 8.
          { name: 'placing', type: 'integer', isNullable: true },
          { name: 'award', type: 'varchar', length: '50', isNullable: true },
        ],
        foreignKeys: [
          foreignKey('contest_entry', 'contest_id', 'contest', 'CASCADE'),
          foreignKey('contest_entry', 'person_id', 'person'),
        ],
        indices: [
          index('contest_entry', ['contest_id', 'person_id'], true),
          index('contest_entry', ['person_id']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contest_entry');
  }
}
