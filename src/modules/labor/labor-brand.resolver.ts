import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { LaborBrandUnitConnection } from './labor-brand-unit.connection';
import { LaborBrandUnitsArgs } from './labor-brand-unit.inputs';
import { laborBrandUnitPagesByBrand } from './labor-brand-unit.loader';
import { LaborBrandConnection } from './labor-brand.connection';
import { LaborBrandsArgs } from './labor-brand.inputs';
import { LaborBrandRecord, LaborBrandService } from './labor-brand.service';
import { LaborBrand } from './labor-brand.type';

@Resolver(() => LaborBrand)
export class LaborBrandResolver {
  @Query(() => LaborBrandConnection, { nullable: true, description: 'Regional labour brands built around crafts — 特色劳务品牌' })
  laborBrands(@Args() { filter, orderBy, ...paging }: LaborBrandsArgs, @Ctx() ctx: RequestContext) {
    return new LaborBrandService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The area that owns the brand — 所属地区' })
  region(@Root() brand: LaborBrandRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(brand.regionCode);
  }

  @FieldResolver(() => LaborBrandUnitConnection, { description: 'Organisations recognised as building the brand — 建设单位' })
  units(@Root() brand: LaborBrandRecord, @Args() { filter, orderBy, ...paging }: LaborBrandUnitsArgs, @Ctx() ctx: RequestContext) {
    return laborBrandUnitPagesByBrand(ctx, filter, orderBy, paging).load(brand.rowId);
  }
}
