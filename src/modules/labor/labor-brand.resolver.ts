import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { BRAND_UNITS } from './labor.relations';
import { RequestContext } from '../../context';

import { chainedList, resolveRelation } from '../../records';

import { LaborBrandUnitConnection } from './labor-brand-unit.connection';
import { LaborBrandUnitsArgs } from './labor-brand-unit.inputs';
import { LaborBrandConnection } from './labor-brand.connection';
import { LaborBrandsArgs } from './labor-brand.inputs';
import { LaborBrand } from './labor-brand.type';
import { LABOR_BRAND, LaborBrandRecord } from './labor.record';

@Resolver(() => LaborBrand)
export class LaborBrandResolver {
  @Query(() => LaborBrandConnection, { nullable: true, description: 'Regional labour brands built around crafts — 特色劳务品牌' })
  laborBrands(@Args() args: LaborBrandsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, LABOR_BRAND, args);
  }

  @FieldResolver(() => LaborBrandUnitConnection, { description: 'Organisations recognised as building the brand — 建设单位' })
  units(@Root() brand: LaborBrandRecord, @Args() args: LaborBrandUnitsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, BRAND_UNITS, brand, args);
  }
}
