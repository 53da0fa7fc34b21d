import { forbidden } from '../../auth/errors';
import { canReadPersons, Permission } from '../../auth/permissions';
import { asc, Condition, defineRecord, FilterQuery, RecordOf, RecordWhere } from '../../records';
import { badInput } from '../../shared/errors';
import { validateCitizenId } from '../../shared/identifiers';
import { CultureTables } from '../../sources/culture/culture.tables';
import { HeritageItemEntity, HeritageListingEntity, InheritorEntity, RevitalizationEntryEntity } from '../../sources/culture';
import type { HeritageItemFilter } from './heritage-item.inputs';
import type { HeritageListingFilter } from './heritage-listing.inputs';
import type { InheritorFilter } from './inheritor.inputs';
import type { RevitalizationEntryFilter } from './revitalization-entry.inputs';

type CultureDb = RecordWhere<unknown, CultureTables>['db'];

/**
 * The items any of these listing keys name, as a subquery of item ids. Any
 * listing's key names its item: an item's own key is its first listing's,
 * and HR records may cite an extension listing instead.
 */
export function itemIdsOfListingKeys(db: CultureDb, keys: readonly string[]) {
  return db.selectFrom('heritageListing as listing').select('listing.itemId').where('listing.listingKey', 'in', keys.length ? [...keys] : ['']);
}

/** An item-id column among the items the keys of a filter's `itemKeys` name; null without keys. */
function namedItems<Row>(where: RecordWhere<Row, CultureTables>, keys: string[] | null, column: keyof Row & string): Condition | null {
  return keys ? where.inQuery(column, itemIdsOfListingKeys(where.db, keys)) : null;
}

export const HERITAGE_ITEM = defineRecord({
  typename: 'HeritageItem',
  source: 'culture',
  table: 'heritageItem',
  entity: HeritageItemEntity,
  orderings: { ID: [], NAME: [asc('name')], ITEM_KEY: [asc('itemKey')] },
  filter: (_f: HeritageItemFilter, q) => [
    q.oneOf('levels', 'level'),
    q.oneOf('categories', 'category'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.contains('nameContains', 'name'),
    namedItems(q.where, q.itemKeys('itemKeys'), 'id'),
    q.range('yearFrom', 'yearTo', 'year'),
  ],
  links: {
    workshopId: { through: { table: 'workshopHeritageItem', column: 'workshopId', joins: 'itemId', on: 'id' } },
    // Any listing's key names its item (HR records may cite an extension listing).
    listingKey: { through: { table: 'heritageListing', column: 'listingKey', joins: 'itemId', on: 'id' } },
  },
});

export const HERITAGE_LISTING = defineRecord({
  typename: 'HeritageListing',
  source: 'culture',
  table: 'heritageListing',
  entity: HeritageListingEntity,
  // An item has a handful of listings: in order of registration, the first (NEW) listing first.
  orderings: { ID: [] },
  filter: (_f: HeritageListingFilter, q) => [q.oneOf('levels', 'level'), q.oneOf('kinds', 'kind')],
  links: { itemId: { column: 'itemId' } },
});

export const INHERITOR = defineRecord({
  typename: 'Inheritor',
  source: 'culture',
  table: 'inheritor',
  entity: InheritorEntity,
  personLink: 'inheritor',
  orderings: { ID: [], NAME: [asc('name')], YEAR: [asc('year')] },
  filter: (f: InheritorFilter, q) => [
    q.oneOf('levels', 'level'),
    namedItems(q.where, q.itemKeys('itemKeys'), 'itemId'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('yearFrom', 'yearTo', 'year'),
    q.contains('nameContains', 'name'),
    f.citizenId != null && citizenIdCondition(f.citizenId, q),
  ],
  links: { itemId: { column: 'itemId' } },
});

/** Looking a person up by ID number is a use of personal data, not directory browsing; strict, since a mistyped number would silently match nobody. */
function citizenIdCondition(citizenId: string, q: FilterQuery<InheritorFilter, CultureTables['inheritor'], CultureTables>): Condition {
  const argument = q.path('citizenId');
  if (!canReadPersons(q.env.viewer)) throw forbidden(argument, `${argument} searches by ID number, which needs permission ${Permission.PERSON_READ}`, { argument });
  const id = validateCitizenId(citizenId);
  if (!id.ok) throw badInput(argument, id.message);
  return q.where.equals('citizenId', id.value);
}

export const REVITALIZATION_ENTRY = defineRecord({
  typename: 'RevitalizationEntry',
  plural: 'revitalizationEntries',
  source: 'culture',
  table: 'revitalizationEntry',
  entity: RevitalizationEntryEntity,
  orderings: { ID: [], NAME: [asc('name')], YEAR: [asc('year')] },
  filter: (_f: RevitalizationEntryFilter, q) => [
    q.oneOf('catalogueLevels', 'catalogueLevel'),
    q.oneOf('categoryCodes', 'categoryCode'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('yearFrom', 'yearTo', 'year'),
    q.contains('nameContains', 'name'),
    namedItems(q.where, q.itemKeys('itemKeys'), 'itemId'),
    q.isSet('hasHeritageItem', 'itemId'),
  ],
  links: { itemId: { column: 'itemId' } },
});

export type HeritageItemRecord = RecordOf<typeof HERITAGE_ITEM>;
export type HeritageListingRecord = RecordOf<typeof HERITAGE_LISTING>;
export type InheritorRecord = RecordOf<typeof INHERITOR>;
export type RevitalizationEntryRecord = RecordOf<typeof REVITALIZATION_ENTRY>;
