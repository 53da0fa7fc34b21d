import { registerNodeType } from '../../records/node-registry';
import { RegionResolver } from './region.resolver';
import { RegionService } from './region.service';

registerNodeType('Region', async (ctx, ids) => ids.map((id) => new RegionService(ctx.regions).byCode(String(id))));

export const regionResolvers = [RegionResolver];
