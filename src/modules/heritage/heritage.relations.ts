import { defineRelation } from '../../records';
import { HERITAGE_ITEM, HERITAGE_LISTING, INHERITOR, REVITALIZATION_ENTRY } from './heritage.record';

/** How heritage records reach each other (see records/relations.ts). */
export const ITEM_LISTINGS = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'listings', child: HERITAGE_LISTING, link: 'itemId', parentKey: 'id' });
export const ITEM_INHERITORS = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'inheritors', child: INHERITOR, link: 'itemId', parentKey: 'id' });
export const ITEM_REVITALIZATION_ENTRIES = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'revitalizationEntries', child: REVITALIZATION_ENTRY, link: 'itemId', parentKey: 'id' });
export const LISTING_ITEM = defineRelation({ kind: 'one', parent: HERITAGE_LISTING, field: 'heritageItem', child: HERITAGE_ITEM, parentKey: 'itemId' });
export const INHERITOR_ITEM = defineRelation({ kind: 'one', parent: INHERITOR, field: 'heritageItem', child: HERITAGE_ITEM, parentKey: 'itemId' });
export const REVITALIZATION_ENTRY_ITEM = defineRelation({ kind: 'one', parent: REVITALIZATION_ENTRY, field: 'heritageItem', child: HERITAGE_ITEM, parentKey: 'itemId' });
