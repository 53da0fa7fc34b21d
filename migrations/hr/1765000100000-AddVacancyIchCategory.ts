import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

const CATEGORIES = [
  'FOLK_LITERATURE',
  'TRADITIONAL_MUSIC',
  'TRADITIONAL_DANCE',
  'TRADITIONAL_THEATRE',
  'QUYI',
  'TRADITIONAL_SPORTS',
  'TRADITIONAL_ART',
  'TRADITIONAL_CRAFTSMANSHIP',
  'TRADITIONAL_MEDICINE',
  'FOLK_CUSTOM',
];

/**
 * A vacancy's ICH category, copied from culture when posted, so job matching
 * compares categories inside the HR database. On SQLite TypeORM adds and drops
 * a column by copying the table, which would lose the rollup triggers on it:
 * there the column is added and dropped in place.
 */
export class AddVacancyIchCategory1765000100000 implements MigrationInterface {
  name = 'AddVacancyIchCategory1765000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') {
      const list = CATEGORIES.map((c) => `'${c}'`).join(',');
      await queryRunner.query(`ALTER TABLE "vacancy" ADD COLUMN "ich_category" varchar CHECK( "ich_category" IN (${list}) )`);
    } else {
      await queryRunner.addColumn('vacancy', new TableColumn({ name: 'ich_category', type: 'enum', enum: CATEGORIES, isNullable: true }));
    }
    await queryRunner.createIndex('vacancy', new TableIndex({ name: 'IDX_vacancy_ich_category', columnNames: ['ich_category'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('vacancy', 'IDX_vacancy_ich_category');
    if (queryRunner.connection.options.type === 'better-sqlite3') await queryRunner.query('ALTER TABLE "vacancy" DROP COLUMN "ich_category"');
    else await queryRunner.dropColumn('vacancy', 'ich_category');
  }
}
