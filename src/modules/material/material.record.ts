import { anyOf, asc, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { TrainingMaterialEntity } from '../../sources/hr';
import { HrTables } from '../../sources/hr/hr.tables';
import type { TrainingMaterialFilter } from './training-material.inputs';

/** Materials teaching any of the item keys (canonical own keys, as stored in training_material_item); none for an empty list. */
function teaching(q: FilterQuery<TrainingMaterialFilter, HrTables['trainingMaterial'], HrTables>): Condition | null {
  const keys = q.itemKeys('itemKeys');
  if (keys === null) return null;
  if (keys.length === 0) return anyOf([]);
  return q.where.inQuery('id', q.where.db.selectFrom('trainingMaterialItem as taught').select('taught.materialId').where('taught.itemKey', 'in', keys));
}

export const TRAINING_MATERIAL = defineRecord({
  typename: 'TrainingMaterial',
  source: 'hr',
  table: 'trainingMaterial',
  entity: TrainingMaterialEntity,
  orderings: { ID: [], CODE: [asc('code')], TITLE: [asc('title')], YEAR_DESC: [desc('year')] },
  filter: (_f: TrainingMaterialFilter, q) => [
    q.oneOf('kinds', 'kind'),
    q.oneOf('years', 'year'),
    q.regionSubtree('regionCode', 'regionCode'),
    teaching(q),
    q.contains('titleContains', 'title'),
    q.contains('publisherContains', 'publisher'),
    q.range('releasedFrom', 'releasedTo', 'releasedOn'),
  ],
  links: {
    // A material teaching two of the keys asked appears under each.
    itemKey: { through: { table: 'trainingMaterialItem', column: 'itemKey', joins: 'materialId', on: 'id' } },
    catalogEntryId: { through: { table: 'trainingMaterialCatalogEntry', column: 'catalogEntryId', joins: 'materialId', on: 'id' } },
  },
});

export type TrainingMaterialRecord = RecordOf<typeof TRAINING_MATERIAL>;
