import { registerRecordNodes } from '../../records';
import { HeritageItemResolver } from './heritage-item.resolver';
import { HeritageListingResolver } from './heritage-listing.resolver';
import { HERITAGE_ITEM, HERITAGE_LISTING, INHERITOR, REVITALIZATION_ENTRY } from './heritage.record';
import { InheritorResolver } from './inheritor.resolver';
import { RevitalizationEntryResolver } from './revitalization-entry.resolver';
import { regionField } from '../region/region-field';
import { HeritageItem } from './heritage-item.type';
import { HeritageListing } from './heritage-listing.type';
import { Inheritor } from './inheritor.type';
import { RevitalizationEntry } from './revitalization-entry.type';

export const HERITAGE_RECORDS = [HERITAGE_ITEM, HERITAGE_LISTING, INHERITOR, REVITALIZATION_ENTRY];
registerRecordNodes(HERITAGE_RECORDS);

export const heritageResolvers = [
  HeritageItemResolver,
  HeritageListingResolver,
  InheritorResolver,
  RevitalizationEntryResolver,
  regionField(HeritageItem, 'region', 'regionCode', 'The area that declared the item — 申报地区'),
  regionField(HeritageListing, 'area', 'areaCode', 'The area the listing was declared for — 申报地区'),
  regionField(Inheritor, 'region', 'regionCode', "The inheritor's region — 所在地区"),
  regionField(RevitalizationEntry, 'region', 'regionCode', 'The declaring area — 申报地区'),
];

export * from './heritage.record';
export { heritageItemByListingKey, ITEM_BY_LISTING_KEY } from './heritage-item.lookups';
