import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { REVITALIZATION_ENTRY_ITEM } from './heritage.relations';
import { RequestContext } from '../../context';


import { chainedList, resolveRelation } from '../../records';
import { HeritageItem } from './heritage-item.type';
import { REVITALIZATION_ENTRY, RevitalizationEntryRecord } from './heritage.record';
import { RevitalizationEntryConnection } from './revitalization-entry.connection';
import { RevitalizationEntriesArgs } from './revitalization-entry.inputs';
import { RevitalizationEntry } from './revitalization-entry.type';

@Resolver(() => RevitalizationEntry)
export class RevitalizationEntryResolver {
  @Query(() => RevitalizationEntryConnection, { nullable: true, description: 'Entries of the national and Shandong traditional crafts revitalisation catalogues — 传统工艺振兴目录' })
  revitalizationEntries(@Args() args: RevitalizationEntriesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, REVITALIZATION_ENTRY, args);
  }

  @FieldResolver(() => HeritageItem, { nullable: true, description: 'The ICH item the entry corresponds to; null when it has none on record — 对应非遗项目' })
  heritageItem(@Root() entry: RevitalizationEntryRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, REVITALIZATION_ENTRY_ITEM, entry);
  }
}
