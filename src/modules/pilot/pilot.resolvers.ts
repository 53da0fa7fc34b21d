import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { chainedList, recordsOf, resolveRelation } from '../../records';
import { LaborBrand } from '../labor/labor-brand.type';
import type { LaborBrandRecord } from '../labor/labor.record';
import { organizationsByUscc } from '../organization/organization.lookups';
import type { OrganizationRecord } from '../organization/organization.record';
import { Organization } from '../organization/organization.type';
import { TrainingCatalogEntryConnection } from '../training/training-catalog-entry.connection';
import { TrainingCatalogArgs } from '../training/training-catalog-entry.inputs';
import { TrainingCatalogEntry } from '../training/training-catalog-entry.type';
import { TrainingProvider } from '../training/training-provider.type';
import { TRAINING_PROVIDER_BY_USCC } from '../training/training.lookups';
import type { TrainingCatalogEntryRecord, TrainingProviderRecord } from '../training/training.record';
import { FeaturedDesignationsArgs, IndustryPilotsArgs } from './pilot.inputs';
import { FEATURED_DESIGNATION, FeaturedDesignationRecord, INDUSTRY_PILOT, INDUSTRY_PILOT_MEMBER, IndustryPilotRecord } from './pilot.record';
import { BRAND_DESIGNATIONS, DESIGNATION_CATALOG_ENTRY, DESIGNATION_LABOR_BRAND, ENTRY_DESIGNATIONS, ENTRY_PILOTS, PILOT_CATALOG_ENTRIES } from './pilot.relations';
import { FeaturedDesignation, FeaturedDesignationConnection, IndustryPilot, IndustryPilotConnection } from './pilot.types';

async function membersOf(ctx: RequestContext, pilot: IndustryPilotRecord, role: 'ENTERPRISE' | 'TRAINING_PROVIDER'): Promise<string[]> {
  const members = await recordsOf(ctx, INDUSTRY_PILOT_MEMBER).byColumn('pilotId').load(pilot.rowId);
  return members.filter((m) => m.role === role).map((m) => m.uscc);
}

@Resolver(() => IndustryPilot)
export class IndustryPilotResolver {
  @Query(() => IndustryPilotConnection, { nullable: true, description: 'Production–training pilots of Shandong Handmade industry clusters — 产训结合建设试点' })
  industryPilots(@Args() args: IndustryPilotsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, INDUSTRY_PILOT, args);
  }

  @FieldResolver(() => [Organization], { description: 'Enterprises of the cluster taking part, across both agencies by USCC, in the order recorded — 参与企业' })
  async enterprises(@Root() pilot: IndustryPilotRecord, @Ctx() ctx: RequestContext) {
    const usccs = await membersOf(ctx, pilot, 'ENTERPRISE');
    return (await organizationsByUscc(ctx).loadMany(usccs)).filter((o) => o && !(o instanceof Error));
  }

  @FieldResolver(() => [TrainingProvider], { description: 'Filed training providers taking part, in the order recorded — 参与培训机构' })
  async providers(@Root() pilot: IndustryPilotRecord, @Ctx() ctx: RequestContext) {
    const usccs = await membersOf(ctx, pilot, 'TRAINING_PROVIDER');
    return (await Promise.all(usccs.map((u) => TRAINING_PROVIDER_BY_USCC.load(ctx, u)))).filter((p) => p !== null);
  }

  @FieldResolver(() => TrainingCatalogEntryConnection, { description: 'Training catalogue programmes the pilot runs — 试点开展的培训项目' })
  catalogEntries(@Root() pilot: IndustryPilotRecord, @Args() args: TrainingCatalogArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PILOT_CATALOG_ENTRIES, pilot, args);
  }
}

@Resolver(() => FeaturedDesignation)
export class FeaturedDesignationResolver {
  @Query(() => FeaturedDesignationConnection, { nullable: true, description: 'One city, one brand; one county, one project: featured designations by year — 一市一品牌、一县一项目' })
  featuredDesignations(@Args() args: FeaturedDesignationsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, FEATURED_DESIGNATION, args);
  }

  @FieldResolver(() => LaborBrand, { nullable: true, description: 'The labour brand designated its city’s brand; null for a county project — 认定的城市品牌' })
  laborBrand(@Root() designation: FeaturedDesignationRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, DESIGNATION_LABOR_BRAND, designation);
  }

  @FieldResolver(() => TrainingCatalogEntry, { nullable: true, description: 'The training programme designated its county’s project; null for a city brand — 认定的县域项目' })
  catalogEntry(@Root() designation: FeaturedDesignationRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, DESIGNATION_CATALOG_ENTRY, designation);
  }
}

@Resolver(() => LaborBrand)
export class LaborBrandPilotResolver {
  @FieldResolver(() => [FeaturedDesignation], { description: 'Years the brand was designated its city’s featured brand — 一市一品牌认定' })
  designations(@Root() brand: LaborBrandRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, BRAND_DESIGNATIONS, brand);
  }
}

@Resolver(() => TrainingCatalogEntry)
export class CatalogEntryPilotResolver {
  @FieldResolver(() => [FeaturedDesignation], { description: 'Years the programme was designated its county’s featured project — 一县一项目认定' })
  designations(@Root() entry: TrainingCatalogEntryRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENTRY_DESIGNATIONS, entry);
  }

  @FieldResolver(() => IndustryPilotConnection, { description: 'Production–training pilots running the programme — 开展本项目的产训结合试点' })
  pilots(@Root() entry: TrainingCatalogEntryRecord, @Args() args: IndustryPilotsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENTRY_PILOTS, entry, args);
  }
}

@Resolver(() => TrainingProvider)
export class ProviderPilotResolver {
  @FieldResolver(() => IndustryPilotConnection, { description: 'Production–training pilots the provider’s USCC takes part in — 参与的产训结合试点' })
  pilots(@Root() provider: TrainingProviderRecord, @Args() args: IndustryPilotsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, INDUSTRY_PILOT).pages<string>('memberUscc', args).load(provider.uscc);
  }
}

@Resolver(() => Organization)
export class OrganizationPilotResolver {
  @FieldResolver(() => IndustryPilotConnection, { nullable: true, description: 'Production–training pilots it takes part in, as an enterprise or a provider (HR) — 参与的产训结合试点' })
  industryPilots(@Root() organization: OrganizationRecord, @Args() args: IndustryPilotsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, INDUSTRY_PILOT).pages<string>('memberUscc', args).load(organization.uscc);
  }
}
