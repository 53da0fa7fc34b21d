import { DataSource } from 'typeorm';
import { citizenIdCheckChar } from '../../src/shared/identifiers/citizen-id';

export interface BulkPeople {
  /** Person row ids, in the order the cohorts hold them (cohort by cohort). */
  personIds: number[];
  cohortIds: number[];
}

const CHUNK = 500;

async function insertRows(hr: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await hr.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
}

/** Valid, distinct citizen IDs: born on consecutive days from 1960, Jinan Lixia. */
export function citizenIdOf(index: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + index * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `370102${birth}${String(100 + (index % 900)).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

/**
 * `cohorts` training cohorts of `perCohort` trainees each, every trainee a
 * different person (so one query over the cohorts' enrolments shows
 * cohorts × perCohort persons), in an HR database that may hold nothing else.
 */
export async function buildCohortsOfPeople(hr: DataSource, cohorts: number, perCohort: number, tag = 'BULK'): Promise<BulkPeople> {
  await insertRows(
    hr,
    'training_catalog_entry',
    ['code', 'title', 'class_hours', 'subsidy_per_hour', 'region_code', 'status', 'published_on'],
    [[`${tag}-CAT`, 'Bulk programme', 40, '10.00', '370102', 'PUBLISHED', '2024-01-01']],
  );
  await insertRows(hr, 'training_provider', ['uscc', 'name', 'filing_number', 'region_code', 'filed_on'], [['91370102MA3C0000X1', 'Bulk provider', `${tag}-F1`, '370102', '2023-06-01']]);
  const [{ id: catalogId }] = await hr.query(`SELECT id FROM training_catalog_entry WHERE code = ?`, [`${tag}-CAT`]);
  const [{ id: providerId }] = await hr.query(`SELECT id FROM training_provider WHERE filing_number = ?`, [`${tag}-F1`]);
  const total = cohorts * perCohort;
  await insertRows(
    hr,
    'person',
    ['citizen_id', 'name', 'gender', 'birth_date', 'phone', 'region_code'],
    Array.from({ length: total }, (_, i) => {
      const id = citizenIdOf(i);
      const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      return [id, `学员${i}`, Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE', birth, `138${String(i).padStart(8, '0')}`, '370102'];
    }),
  );
  await insertRows(
    hr,
    'training_cohort',
    ['code', 'catalog_entry_id', 'provider_id', 'region_code', 'starts_on', 'ends_on', 'project_based', 'planned_size'],
    Array.from({ length: cohorts }, (_, c) => [`${tag}-${String(c).padStart(4, '0')}`, catalogId, providerId, '370102', '2024-03-01', '2024-04-01', false, perCohort]),
  );
  const people: Array<{ id: unknown }> = await hr.query('SELECT id FROM person ORDER BY id');
  const cohortRows: Array<{ id: unknown }> = await hr.query('SELECT id FROM training_cohort WHERE code LIKE ? ORDER BY id', [`${tag}-%`]);
  const personIds = people.slice(-total).map((p) => Number(p.id));
  const cohortIds = cohortRows.map((c) => Number(c.id));
  await insertRows(
    hr,
    'enrollment',
    ['cohort_id', 'person_id', 'enrolled_on', 'status'],
    personIds.map((personId, i) => [cohortIds[Math.floor(i / perCohort)], personId, '2024-02-15', 'ENROLLED']),
  );
  return { personIds, cohortIds };
}
