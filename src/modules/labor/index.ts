import { registerNodeType } from '../../records/node-registry';
import { laborBrandUnitsById } from './labor-brand-unit.loader';
import { LaborBrandUnitResolver } from './labor-brand-unit.resolver';
import { laborBrandsById } from './labor-brand.loader';
import { LaborBrandResolver } from './labor-brand.resolver';

export { laborBrandPagesByItemKey, laborBrandsById } from './labor-brand.loader';
export { laborBrandUnitsByUscc, laborBrandUnitsById } from './labor-brand-unit.loader';
export type { LaborBrandRecord } from './labor-brand.service';
export type { LaborBrandUnitRecord } from './labor-brand-unit.service';

registerNodeType('LaborBrand', (ctx, ids) => laborBrandsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('LaborBrandUnit', (ctx, ids) => laborBrandUnitsById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export const laborResolvers = [LaborBrandResolver, LaborBrandUnitResolver];
