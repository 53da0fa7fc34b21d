import { sql } from 'kysely';
import { asc, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { normalizeUscc } from '../../shared/identifiers';
import { WorkshopEntity, WorkshopRecognitionEntity } from '../../sources/culture';
import { CultureTables } from '../../sources/culture/culture.tables';
import { itemIdsOfListingKeys } from '../heritage/heritage.record';
import type { WorkshopFilter } from './workshop.inputs';

type WorkshopQuery = FilterQuery<WorkshopFilter, CultureTables['workshop'], CultureTables>;

/** One recognition must meet both the level and the year conditions. */
function recognised(f: WorkshopFilter, q: WorkshopQuery): Condition | null {
  const { from, to } = q.bounds<number>('recognizedYearFrom', 'recognizedYearTo');
  if (!f.recognitionLevels?.length && from === null && to === null) return null;
  let recognitions = q.where.db.selectFrom('workshopRecognition as recognition').select(sql.lit(1).as('one')).where('recognition.workshopId', '=', q.where.col('id'));
  if (f.recognitionLevels?.length) recognitions = recognitions.where('recognition.level', 'in', f.recognitionLevels);
  if (from !== null) recognitions = recognitions.where('recognition.year', '>=', from);
  if (to !== null) recognitions = recognitions.where('recognition.year', '<=', to);
  return q.where.exists(recognitions);
}

/** Workshops resting on the items the keys name. */
function restingOn(keys: string[] | null, q: WorkshopQuery): Condition | null {
  if (!keys) return null;
  const db = q.where.db;
  return q.where.inQuery('id', db.selectFrom('workshopHeritageItem as rest').select('rest.workshopId').where('rest.itemId', 'in', itemIdsOfListingKeys(db, keys)));
}

export const WORKSHOP = defineRecord({
  typename: 'Workshop',
  source: 'culture',
  table: 'workshop',
  entity: WorkshopEntity,
  orderings: { ID: [], NAME: [asc('name')], JOBS_CREATED_DESC: [desc('jobsCreated')] },
  filter: (f: WorkshopFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('statuses', 'status'),
    recognised(f, q),
    q.uscc('operatorUscc', 'operatorUscc'),
    q.isSet('hasOperator', 'operatorUscc'),
    restingOn(q.itemKeys('itemKeys'), q),
    q.contains('nameContains', 'name'),
    q.atLeast('minJobs', 'jobsCreated'),
  ],
  links: {
    itemId: { through: { table: 'workshopHeritageItem', column: 'itemId', joins: 'workshopId', on: 'id' } },
    operatorUscc: { column: 'operatorUscc', normalise: normalizeUscc },
  },
});

export const WORKSHOP_RECOGNITION = defineRecord({
  typename: 'WorkshopRecognition',
  source: 'culture',
  table: 'workshopRecognition',
  entity: WorkshopRecognitionEntity,
  // At most one per level, so at most three a workshop: earliest first.
  orderings: { ID: [], YEAR: [asc('year')] },
});

export type WorkshopRecord = RecordOf<typeof WORKSHOP>;
export type WorkshopRecognitionRecord = RecordOf<typeof WORKSHOP_RECOGNITION>;
