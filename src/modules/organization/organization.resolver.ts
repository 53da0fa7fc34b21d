import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { OrganizationConnection } from './organization.connection';
import { OrganizationsArgs } from './organization.inputs';
import { OrganizationRecord } from './organization.loader';
import { OrganizationService } from './organization.service';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { nullable: true, description: 'Organisations of the Shandong Handmade directory, with cross-agency flags — 山东手造基础信息目录主体' })
  organizations(@Args() { filter, orderBy, ...paging }: OrganizationsArgs, @Ctx() ctx: RequestContext) {
    return new OrganizationService(ctx).list(filter, orderBy, paging);
  }

  @Query(() => Organization, {
    nullable: true,
    description: 'One organisation by USCC, wherever either agency knows it; null when neither does — 按统一社会信用代码查询主体',
  })
  organization(@Arg('uscc', { description: 'Unified Social Credit Code, 18 characters — 统一社会信用代码' }) uscc: string, @Ctx() ctx: RequestContext) {
    return new OrganizationService(ctx).byUscc(uscc);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Its region — 所在地区' })
  region(@Root() organization: OrganizationRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(organization.regionCode);
  }
}
