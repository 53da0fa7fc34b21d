import { registerRecordNodes } from '../../records';
import { HeritageItemResolver } from './heritage-item.resolver';
import { HeritageListingResolver } from './heritage-listing.resolver';
import { HERITAGE_ITEM, HERITAGE_LISTING, INHERITOR, REVITALIZATION_ENTRY } from './heritage.record';
import { InheritorResolver } from './inheritor.resolver';
import { RevitalizationEntryResolver } from './revitalization-entry.resolver';

export const HERITAGE_RECORDS = [HERITAGE_ITEM, HERITAGE_LISTING, INHERITOR, REVITALIZATION_ENTRY];
registerRecordNodes(HERITAGE_RECORDS);

export const heritageResolvers = [HeritageItemResolver, HeritageListingResolver, InheritorResolver, RevitalizationEntryResolver];

export * from './heritage.record';
export { heritageItemByListingKey, itemsByListingKey } from './heritage-item.lookups';
export type { ListedItem } from './heritage-item.lookups';
