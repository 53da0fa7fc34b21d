import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateTrainingProvider1764300200600 implements MigrationInterface {
  name = 'CreateTrainingProvider1764300200600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_provider',
        columns: [
          id(),
          { name: 'uscc', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'filing_number', type: 'varchar', length: '50' },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'filed_on', type: 'date' },
          { name: 'credit_rating', type: 'enum', enum: ['A', 'B', 'C'], isNullable: true },
        ],
        indices: [
          index('training_provider', ['uscc'], true),
          index('training_provider', ['filing_number'], true),
          index('training_provider', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_provider');
  }
}
