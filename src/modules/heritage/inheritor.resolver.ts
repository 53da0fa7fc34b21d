import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { INHERITOR_ITEM } from './heritage.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { ID_NUMBER_DESCRIPTION, LINK_KEY_DESCRIPTION, linkKeyOf, shownInheritorIdNumber } from '../person/person.pii';
import { probedPage } from '../../auth/id-probes';
import { recordsOf, resolveRelation } from '../../records';
import { HeritageItem } from './heritage-item.type';
import { INHERITOR, InheritorRecord } from './heritage.record';
import { InheritorConnection } from './inheritor.connection';
import { InheritorsArgs } from './inheritor.inputs';
import { Inheritor } from './inheritor.type';

@Resolver(() => Inheritor)
export class InheritorResolver {
  @Query(() => InheritorConnection, { nullable: true, description: 'Representative inheritors of ICH items at all four levels — 非遗代表性传承人' })
  inheritors(@Args() args: InheritorsArgs, @Ctx() ctx: RequestContext) {
    return probedPage(ctx, args.filter?.citizenId, () => recordsOf(ctx, INHERITOR).list(args));
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => String, { description: ID_NUMBER_DESCRIPTION })
  idNumber(@Root() inheritor: InheritorRecord, @Ctx() ctx: RequestContext) {
    return shownInheritorIdNumber(inheritor, ctx);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => String, { description: LINK_KEY_DESCRIPTION })
  personLinkKey(@Root() inheritor: InheritorRecord) {
    return linkKeyOf(inheritor);
  }

  @FieldResolver(() => HeritageItem, { description: 'The item the inheritor carries on — 传承项目' })
  heritageItem(@Root() inheritor: InheritorRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, INHERITOR_ITEM, inheritor);
  }
}
