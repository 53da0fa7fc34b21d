import { maskCitizenId } from '../../shared/identifiers';
import type { HeritageCategory } from '../../sources/culture/culture.enums';
import { ITEM_BY_LISTING_KEY } from '../heritage/heritage-item.lookups';
import { PERSON_BY_CITIZEN_ID } from '../person/person.lookups';
import { TRAINING_COHORT_BY_CODE } from '../training/training.lookups';
import { dayOf } from './filing.sql';
import { FilingEnv, inScope } from './filing.env';
import { FilingDb } from './filing.rule';

/**
 * What several filings look up, in the shapes their rules read: each natural
 * key is read through its owning module's lookup (records/record-lookup.ts),
 * in the filing's transaction where the filing writes that source.
 */

export interface PersonRef {
  id: number;
  regionCode: string;
  birthDate: string;
}

/**
 * Registered persons by citizen ID, as the caller may see them: for a
 * region-limited caller a person living elsewhere is left out, so every
 * filing answers them exactly as it answers a number nobody registered (the
 * same NOT_FOUND, never the residence).
 */
export async function personsByCitizenId(db: FilingDb, citizenIds: Iterable<string | null>, env: FilingEnv): Promise<Map<string, PersonRef>> {
  const everyone = await registeredPersons(db, citizenIds);
  return new Map([...everyone].filter(([, person]) => inScope(env, person.regionCode)));
}

/** Every registered person by citizen ID, whatever the caller's region: only for the uniqueness of a registration. */
export async function registeredPersons(db: FilingDb, citizenIds: Iterable<string | null>): Promise<Map<string, PersonRef>> {
  const found = await PERSON_BY_CITIZEN_ID.find(db.on('hr'), citizenIds);
  return new Map([...found].map(([citizenId, p]) => [citizenId, { id: p.rowId, regionCode: p.regionCode, birthDate: dayOf(p.birthDate)! }]));
}

/** NOT_FOUND of a person named by ID number: one wording for "nobody" and "not yours to see". */
export function noSuchPerson(env: FilingEnv, citizenId: string, advice = ''): string {
  const where = env.scope === null ? '' : ' in your region';
  return `No person with citizen ID ${shownId(citizenId)} is registered${where}${advice}`;
}

export interface CohortRef {
  id: number;
  code: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
  plannedSize: number;
  catalogEntryId: number;
}

export async function cohortsByCode(db: FilingDb, codes: Iterable<string | null>): Promise<Map<string, CohortRef>> {
  const found = await TRAINING_COHORT_BY_CODE.find(db.on('hr'), codes);
  return new Map(
    [...found].map(([code, c]) => [
      code,
      { id: c.rowId, code, regionCode: c.regionCode, startsOn: dayOf(c.startsOn)!, endsOn: dayOf(c.endsOn)!, plannedSize: c.plannedSize, catalogEntryId: c.catalogEntryId },
    ]),
  );
}

export interface HeritageItemRef {
  itemId: number;
  /** The item's own key (its first listing's), which HR records cite. */
  itemKey: string;
  /** The item's ICH category, which HR copies where it matches jobs. */
  category: HeritageCategory;
}

/** Culture items by any listing key: an extension listing's key resolves to its item, whose own key is what the HR side stores. */
export async function heritageItemsByKey(db: FilingDb, keys: Iterable<string | null>): Promise<Map<string, HeritageItemRef>> {
  const found = await ITEM_BY_LISTING_KEY.find(db.on('culture'), keys);
  return new Map([...found].map(([key, item]) => [key, { itemId: item.rowId, itemKey: item.itemKey, category: item.category }]));
}

export interface EnrollmentRef {
  id: number;
  cohortCode: string;
  citizenId: string;
  status: string;
  enrolledOn: string;
  completedOn: string | null;
  passed: boolean | null;
  targetGroup: string | null;
  cohortRegionCode: string;
  cohortStartsOn: string;
  catalogEntryId: number;
}

export function enrollmentKey(cohortCode: string, citizenId: string): string {
  return `${cohortCode}|${citizenId}`;
}

/** Enrolments by (cohort code, citizen ID): the natural key an agency quotes. */
export async function enrollmentsByCohortAndPerson(
  db: FilingDb,
  pairs: ReadonlyArray<{ cohortCode: string | null; citizenId: string | null }>,
  env: FilingEnv,
  knownPersons?: Map<string, PersonRef>,
): Promise<Map<string, EnrollmentRef>> {
  const complete = pairs.filter((p): p is { cohortCode: string; citizenId: string } => !!p.cohortCode && !!p.citizenId);
  const found = new Map<string, EnrollmentRef>();
  if (complete.length === 0) return found;
  const wanted = new Set(complete.map((p) => enrollmentKey(p.cohortCode, p.citizenId)));
  // Persons first, then their enrolments by the person_id index: a join from the citizen IDs lets
  // MariaDB start from the (growing) enrolment table instead.
  const persons = knownPersons ?? (await personsByCitizenId(db, complete.map((p) => p.citizenId), env));
  const personById = new Map([...persons].map(([citizenId, p]) => [p.id, { citizen_id: citizenId }]));
  const enrolments = await db.rowsIn<Record<string, unknown>>(
    'hr',
    'SELECT id, person_id, cohort_id, status, enrolled_on, completed_on, passed, target_group FROM enrollment',
    'person_id',
    [...personById.keys()],
  );
  const cohorts = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, code, region_code, starts_on, catalog_entry_id FROM training_cohort', 'id', enrolments.map((e) => Number(e.cohort_id)));
  const cohortById = new Map(cohorts.map((c) => [Number(c.id), c]));
  const rows = enrolments.map((e): Record<string, unknown> => {
    const p = personById.get(Number(e.person_id))!;
    const c = cohortById.get(Number(e.cohort_id))!;
    return { ...e, code: c.code, region_code: c.region_code, starts_on: c.starts_on, catalog_entry_id: c.catalog_entry_id, citizen_id: p.citizen_id };
  });
  for (const r of rows) {
    const key = enrollmentKey(String(r.code), String(r.citizen_id));
    if (!wanted.has(key)) continue;
    found.set(key, {
      id: Number(r.id),
      cohortCode: String(r.code),
      citizenId: String(r.citizen_id),
      status: String(r.status),
      enrolledOn: dayOf(r.enrolled_on)!,
      completedOn: dayOf(r.completed_on),
      passed: r.passed === null || r.passed === undefined ? null : Number(r.passed) === 1 || r.passed === true,
      targetGroup: (r.target_group as string | null) ?? null,
      cohortRegionCode: String(r.region_code),
      cohortStartsOn: dayOf(r.starts_on)!,
      catalogEntryId: Number(r.catalog_entry_id),
    });
  }
  return found;
}

/** Values that are set, for IN lists. */
export function present<T>(values: Iterable<T | null | undefined>): T[] {
  const out: T[] = [];
  for (const v of values) if (v !== null && v !== undefined) out.push(v);
  return out;
}

/** How an ID appears in messages: masked, like everywhere else it leaves the layer. */
export function shownId(citizenId: string): string {
  return maskCitizenId(citizenId);
}
