import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { heritageItemsById } from './heritage-item.loader';
import { HeritageItem } from './heritage-item.type';
import { RevitalizationEntryConnection } from './revitalization-entry.connection';
import { RevitalizationEntriesArgs } from './revitalization-entry.inputs';
import { RevitalizationEntryRecord } from './revitalization-entry.loader';
import { RevitalizationEntryService } from './revitalization-entry.service';
import { RevitalizationEntry } from './revitalization-entry.type';

@Resolver(() => RevitalizationEntry)
export class RevitalizationEntryResolver {
  @Query(() => RevitalizationEntryConnection, { nullable: true, description: 'Entries of the national and Shandong traditional crafts revitalisation catalogues — 传统工艺振兴目录' })
  revitalizationEntries(@Args() { filter, orderBy, ...paging }: RevitalizationEntriesArgs, @Ctx() ctx: RequestContext) {
    return new RevitalizationEntryService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => HeritageItem, { nullable: true, description: 'The ICH item the entry corresponds to; null when it has none on record — 对应非遗项目' })
  heritageItem(@Root() entry: RevitalizationEntryRecord, @Ctx() ctx: RequestContext) {
    return entry.itemId == null ? null : heritageItemsById(ctx).load(entry.itemId);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The declaring area — 申报地区' })
  region(@Root() entry: RevitalizationEntryRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(entry.regionCode);
  }
}
