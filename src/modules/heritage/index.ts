import { registerNodeType } from '../node/node-registry';
import { heritageItemsById } from './heritage-item.loader';
import { HeritageItemResolver } from './heritage-item.resolver';

registerNodeType('HeritageItem', (ctx, ids) => heritageItemsById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export const heritageResolvers = [HeritageItemResolver];
