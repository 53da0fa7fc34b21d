import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateProfessionalTitle1765000300300 implements MigrationInterface {
  name = 'CreateProfessionalTitle1765000300300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'professional_title',
        columns: [
          id(),
          { name: 'person_id', type: 'integer' },
          { name: 'series', type: 'enum', enum: ['ARTS_AND_CRAFTS', 'ENGINEERING', 'OTHER'] },
          { name: 'level', type: 'enum', enum: ['STAFF', 'ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'FULL_SENIOR'] },
          { name: 'title_name', type: 'varchar', length: '100' },
          { name: 'route', type: 'enum', enum: ['EVALUATION', 'RECOGNITION'] },
          { name: 'year', type: 'integer' },
          { name: 'obtained_on', type: 'date' },
          { name: 'certificate_number', type: 'varchar', length: '40', isNullable: true },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        // The unique key leads with person_id, so it also serves the foreign key.
        foreignKeys: [foreignKey('professional_title', 'person_id', 'person')],
        indices: [
          index('professional_title', ['person_id', 'series', 'level'], true),
          index('professional_title', ['obtained_on']),
          index('professional_title', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('professional_title');
  }
}
