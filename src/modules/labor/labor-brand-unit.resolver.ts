import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { UNIT_BRAND } from './labor.relations';
import { RequestContext } from '../../context';
import { resolveRelation } from '../../records';
import { LaborBrand } from './labor-brand.type';
import { LaborBrandUnit } from './labor-brand-unit.type';
import { LaborBrandUnitRecord } from './labor.record';

@Resolver(() => LaborBrandUnit)
export class LaborBrandUnitResolver {
  @FieldResolver(() => LaborBrand, { description: 'The brand the unit builds — 所建劳务品牌' })
  brand(@Root() unit: LaborBrandUnitRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, UNIT_BRAND, unit);
  }
}
