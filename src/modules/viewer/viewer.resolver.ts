import { Ctx, Query, Resolver } from 'type-graphql';
import { canUnmaskPii, ROLE_PERMISSIONS } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { RegionService } from '../region/region.service';
import { ViewerInfo } from './viewer.type';

@Resolver(() => ViewerInfo)
export class ViewerResolver {
  @Query(() => ViewerInfo, { description: 'Who you are to this server: role, region, scopes and client name — 当前调用方身份' })
  viewer(@Ctx() ctx: RequestContext): ViewerInfo {
    const { viewer } = ctx;
    return {
      role: viewer.role,
      credential: viewer.role === 'PUBLIC' ? 'NONE' : viewer.clientId !== null ? 'API_KEY' : 'BEARER_TOKEN',
      clientName: viewer.name,
      regionCode: viewer.regionCode,
      region: viewer.regionCode ? new RegionService(ctx.regions).byCode(viewer.regionCode) : null,
      scopes: [...viewer.scopes].sort(),
      permissions: [...ROLE_PERMISSIONS[viewer.role]],
      personalDataUnmasked: canUnmaskPii(viewer),
    };
  }
}
