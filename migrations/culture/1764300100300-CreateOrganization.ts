import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, index } from '../columns';

export class CreateOrganization1764300100300 implements MigrationInterface {
  name = 'CreateOrganization1764300100300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'organization',
        columns: [
          id(),
          { name: 'uscc', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '200' },
          {
            name: 'org_type',
            type: 'enum',
            enum: ['ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE', 'PUBLIC_INSTITUTION', 'SOCIAL_ORGANIZATION', 'OTHER'],
          },
          { name: 'region_code', type: 'varchar', length: '6' },
          { name: 'key_enterprise', type: 'boolean' },
          { name: 'key_project', type: 'boolean' },
          { name: 'listed_year', type: 'integer' },
          {
            name: 'select100_field',
            type: 'enum',
            enum: ['PAINTING', 'WEAVING_DYEING', 'CARVING', 'PLAITING', 'FIRING_FORGING', 'LACQUER', 'STUDY_TOOLS', 'FOOD'],
            isNullable: true,
          },
        ],
        indices: [
          index('organization', ['uscc'], true),
          index('organization', ['region_code']),
          index('organization', ['key_enterprise']),
          index('organization', ['key_project']),
          index('organization', ['listed_year']),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('organization');
  }
}
