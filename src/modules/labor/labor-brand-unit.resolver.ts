import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { LaborBrand } from './labor-brand.type';
import { LaborBrandUnit } from './labor-brand-unit.type';
import { LABOR_BRAND, LaborBrandUnitRecord } from './labor.record';

@Resolver(() => LaborBrandUnit)
export class LaborBrandUnitResolver {
  @FieldResolver(() => LaborBrand, { description: 'The brand the unit builds — 所建劳务品牌' })
  brand(@Root() unit: LaborBrandUnitRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, LABOR_BRAND).byId().load(unit.brandId);
  }
}
