import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { RegionConnection } from './region.connection';
import { RegionsArgs } from './region.inputs';
import { RegionRecord, RegionService } from './region.service';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'Administrative divisions of Shandong (GB/T 2260) — 行政区划' })
  regions(@Args() { filter, ...paging }: RegionsArgs, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).list(filter, paging);
  }

  @Query(() => Region, { nullable: true, description: 'One region by its six-digit code, retired codes included — 按代码查询行政区划' })
  region(@Arg('code', { description: 'GB/T 2260 code — 行政区划代码' }) code: string, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(code);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division this one belongs to — 上级行政区划' })
  parent(@Root() region: RegionRecord, @Ctx() ctx: RequestContext) {
    return region.parentCode ? new RegionService(ctx.regions).byCode(region.parentCode) : null;
  }

  @FieldResolver(() => RegionConnection, { description: 'Divisions directly under this one — 下级行政区划' })
  children(
    @Root() region: RegionRecord,
    @Args() paging: ConnectionArgs,
    @Arg('includeRetired', () => Boolean, { defaultValue: false, description: 'Include retired codes — 含已撤销代码' }) includeRetired: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return new RegionService(ctx.regions).children(region.code, paging, includeRetired);
  }
}
