import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { laborBrandsById } from './labor-brand.loader';
import { LaborBrand } from './labor-brand.type';
import { LaborBrandUnitRecord } from './labor-brand-unit.service';
import { LaborBrandUnit } from './labor-brand-unit.type';

@Resolver(() => LaborBrandUnit)
export class LaborBrandUnitResolver {
  @FieldResolver(() => LaborBrand, { description: 'The brand the unit builds — 所建劳务品牌' })
  brand(@Root() unit: LaborBrandUnitRecord, @Ctx() ctx: RequestContext) {
    return laborBrandsById(ctx).load(unit.brandId);
  }
}
