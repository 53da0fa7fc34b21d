import { registerNodeType } from '../node/node-registry';
import { heritageItemsById } from './heritage-item.loader';
import { HeritageItemResolver } from './heritage-item.resolver';
import { heritageListingsById } from './heritage-listing.loader';
import { HeritageListingResolver } from './heritage-listing.resolver';
import { inheritorsById } from './inheritor.loader';
import { InheritorResolver } from './inheritor.resolver';
import { revitalizationEntriesById } from './revitalization-entry.loader';
import { RevitalizationEntryResolver } from './revitalization-entry.resolver';

registerNodeType('HeritageItem', (ctx, ids) => heritageItemsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('HeritageListing', (ctx, ids) => heritageListingsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('Inheritor', (ctx, ids) => inheritorsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('RevitalizationEntry', (ctx, ids) => revitalizationEntriesById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export const heritageResolvers = [HeritageItemResolver, HeritageListingResolver, InheritorResolver, RevitalizationEntryResolver];

// Loaders other modules link through (natural keys and row ids).
export { heritageItemsById, heritageItemsByListingKey } from './heritage-item.loader';
export { heritageListingsById } from './heritage-listing.loader';
export { inheritorsByCitizenId, inheritorsById } from './inheritor.loader';
export { revitalizationEntriesById } from './revitalization-entry.loader';
