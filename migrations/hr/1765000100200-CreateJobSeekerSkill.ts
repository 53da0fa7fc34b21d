import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateJobSeekerSkill1765000100200 implements MigrationInterface {
  name = 'CreateJobSeekerSkill1765000100200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_seeker_skill',
        columns: [
          id(),
          { name: 'job_seeker_id', type: 'integer' },
          { name: 'item_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'ich_category', type: 'enum', enum: ['FOLK_LITERATURE', 'TRADITIONAL_MUSIC', 'TRADITIONAL_DANCE', 'TRADITIONAL_THEATRE', 'QUYI', 'TRADITIONAL_SPORTS', 'TRADITIONAL_ART', 'TRADITIONAL_CRAFTSMANSHIP', 'TRADITIONAL_MEDICINE', 'FOLK_CUSTOM'], isNullable: true },
          { name: 'occupation_code', type: 'varchar', length: '20', isNullable: true },
          {
            name: 'certificate_level',
            type: 'enum',
            enum: ['APPRENTICE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN', 'CHIEF_TECHNICIAN'],
            isNullable: true,
          },
        ],
        foreignKeys: [foreignKey('job_seeker_skill', 'job_seeker_id', 'job_seeker', 'CASCADE')],
        indices: [
          index('job_seeker_skill', ['job_seeker_id']),
          index('job_seeker_skill', ['item_key']),
          index('job_seeker_skill', ['ich_category']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_seeker_skill');
  }
}
