import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, resolveRelation } from '../../records';
import { LaborBrand } from '../labor/labor-brand.type';
import { LaborBrandUnit } from '../labor/labor-brand-unit.type';
import type { LaborBrandRecord, LaborBrandUnitRecord } from '../labor/labor.record';
import { PersonRecord } from '../person/person.record';
import { Person } from '../person/person.type';
import { RightsCaseConnection } from './rights-case.connection';
import { RightsCasesArgs } from './rights-case.inputs';
import { RightsCase } from './rights-case.type';
import { RIGHTS_CASE, RightsCaseRecord } from './rights.record';
import { BRAND_RIGHTS_CASES, PERSON_RIGHTS_CASES, RIGHTS_CASE_PERSON, RIGHTS_CASE_UNIT, UNIT_RIGHTS_CASES } from './rights.relations';

@Authorized(Permission.PERSON_READ)
@Resolver(() => RightsCase)
export class RightsCaseResolver {
  @Query(() => RightsCaseConnection, { nullable: true, description: 'Rights-protection cases of labour-brand workers — 特色劳务从业人员维权服务' })
  rightsCases(@Args() args: RightsCasesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, RIGHTS_CASE, args);
  }

  @FieldResolver(() => Person, { description: 'The worker the case serves — 当事劳动者' })
  worker(@Root() rightsCase: RightsCaseRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, RIGHTS_CASE_PERSON, rightsCase);
  }

  @FieldResolver(() => LaborBrandUnit, { description: 'The building unit the worker works for — 所在建设单位' })
  unit(@Root() rightsCase: RightsCaseRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, RIGHTS_CASE_UNIT, rightsCase);
  }
}

/** A person's cases (the person module knows nothing of them). */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonRightsResolver {
  @FieldResolver(() => RightsCaseConnection, { description: 'Rights-protection cases the person brought — 维权服务记录' })
  rightsCases(@Root() person: PersonRecord, @Args() args: RightsCasesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_RIGHTS_CASES, person, args);
  }
}

@Resolver(() => LaborBrandUnit)
export class UnitRightsResolver {
  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => RightsCaseConnection, { description: 'Rights-protection cases of the unit’s workers; totalCount counts them — 本单位从业人员维权案件' })
  rightsCases(@Root() unit: LaborBrandUnitRecord, @Args() args: RightsCasesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, UNIT_RIGHTS_CASES, unit, args);
  }
}

@Resolver(() => LaborBrand)
export class BrandRightsResolver {
  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => RightsCaseConnection, { description: 'Rights-protection cases of the workers of every building unit of the brand; totalCount counts them — 本品牌从业人员维权案件' })
  rightsCases(@Root() brand: LaborBrandRecord, @Args() args: RightsCasesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, BRAND_RIGHTS_CASES, brand, args);
  }
}
