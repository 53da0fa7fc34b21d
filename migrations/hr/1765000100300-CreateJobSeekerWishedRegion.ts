import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, index } from '../columns';

export class CreateJobSeekerWishedRegion1765000100300 implements MigrationInterface {
  name = 'CreateJobSeekerWishedRegion1765000100300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_seeker_wished_region',
        columns: [
          { name: 'job_seeker_id', type: 'integer', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '6', isPrimary: true },
        ],
        // The primary key leads with job_seeker_id, so it also serves the foreign key.
        foreignKeys: [foreignKey('job_seeker_wished_region', 'job_seeker_id', 'job_seeker', 'CASCADE')],
        indices: [index('job_seeker_wished_region', ['region_code'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_seeker_wished_region');
  }
}
