import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, id, index } from '../columns';

export class CreateSkillCertificate1764300201000 implements MigrationInterface {
  name = 'CreateSkillCertificate1764300201000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'skill_certificate',
        columns: [
          id(),
          { name: 'certificate_number', type: 'varchar', length: '50' },
          { name: 'person_id', type: 'integer' },
          { name: 'kind', type: 'enum', enum: ['SKILL_LEVEL', 'SPECIALIZED_ABILITY'] },
          {
            name: 'level',
            type: 'enum',
            enum: [
              'APPRENTICE',
              'JUNIOR',
              'INTERMEDIATE',
              'SENIOR',
              'TECHNICIAN',
              'SENIOR_TECHNICIAN',
              'PRINCIPAL_TECHNICIAN',
              'CHIEF_TECHNICIAN',
            ],
            isNullable: true,
          },
          { name: 'occupation_code', type: 'varchar', length: '20', isNullable: true },
          { name: 'ability_title', type: 'varchar', length: '200', isNullable: true },
          { name: 'evaluator_type', type: 'enum', enum: ['EMPLOYER', 'SOCIAL_ORGANIZATION'] },
          { name: 'evaluator_uscc', type: 'varchar', length: '18', isNullable: true },
          { name: 'issued_on', type: 'date' },
          { name: 'region_code', type: 'varchar', length: '6' },
        ],
        foreignKeys: [foreignKey('skill_certificate', 'person_id', 'person')],
        indices: [
          index('skill_certificate', ['certificate_number'], true),
          index('skill_certificate', ['person_id']),
          index('skill_certificate', ['level']),
          index('skill_certificate', ['issued_on']),
          index('skill_certificate', ['region_code']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('skill_certificate');
  }
}
