import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { requireUscc } from '../../shared/filters/arguments';
import { normalizeUscc } from '../../shared/identifiers';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { OrganizationConnection } from './organization.connection';
import { OrganizationsArgs } from './organization.inputs';
import { organizationsByUscc } from './organization.lookups';
import { OrganizationRecord } from './organization.record';
import { OrganizationService } from './organization.service';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { nullable: true, description: 'Organisations of the Shandong Handmade directory, with cross-agency flags — 山东手造基础信息目录主体' })
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: RequestContext) {
    return new OrganizationService(ctx).list(args);
  }

  @Query(() => Organization, {
    nullable: true,
    description: 'One organisation by USCC, wherever either agency knows it; null when neither does — 按统一社会信用代码查询主体',
  })
  organization(@Arg('uscc', { description: 'Unified Social Credit Code, 18 characters — 统一社会信用代码' }) uscc: string, @Ctx() ctx: RequestContext) {
    return organizationsByUscc(ctx).load(requireUscc('uscc', normalizeUscc(uscc)));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Its region — 所在地区' })
  region(@Root() organization: OrganizationRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(organization.regionCode);
  }
}
