import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ORGANIZATION_LABOR_BRAND_UNITS } from '../labor/labor.relations';
import { ORGANIZATION_WORKSHOPS } from '../workshop/workshop.relations';
import { RequestContext } from '../../context';
import { STARTUP_LOAN, VACANCY } from '../employment';
import { StartupLoanConnection } from '../employment/startup-loan.connection';
import { StartupLoansArgs } from '../employment/startup-loan.inputs';
import { VacancyConnection } from '../employment/vacancy.connection';
import { VacanciesArgs } from '../employment/vacancy.inputs';

import { LaborBrandUnit } from '../labor/labor-brand-unit.type';
import type { OrganizationRecord } from '../organization/organization.record';
import { Organization } from '../organization/organization.type';
import { TRAINING_PROVIDER_BY_USCC } from '../training/training.lookups';
import { TrainingProvider } from '../training/training-provider.type';
import { recordsOf, resolveRelation } from '../../records';

import { WorkshopConnection } from '../workshop/workshop.connection';
import { WorkshopsArgs } from '../workshop/workshop.inputs';

/** The aggregation point: one organisation, its records in both agencies, joined on its USCC. */
@Resolver(() => Organization)
export class OrganizationLinksResolver {
  @FieldResolver(() => WorkshopConnection, {
    nullable: true, description: 'ICH workshops it operates (culture) — 运营的非遗工坊' })
  workshops(@Root() organization: OrganizationRecord, @Args() args: WorkshopsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ORGANIZATION_WORKSHOPS, organization, args);
  }

  @FieldResolver(() => [LaborBrandUnit], {
    nullable: true, description: 'Its labour-brand building-unit filings, one per brand (HR) — 劳务品牌建设单位备案' })
  laborBrandUnits(@Root() organization: OrganizationRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ORGANIZATION_LABOR_BRAND_UNITS, organization);
  }

  @FieldResolver(() => TrainingProvider, { nullable: true, description: 'Its filing as a training provider, if any (HR) — 备案培训机构信息' })
  trainingProvider(@Root() organization: OrganizationRecord, @Ctx() ctx: RequestContext) {
    return TRAINING_PROVIDER_BY_USCC.load(ctx, organization.uscc);
  }

  @FieldResolver(() => VacancyConnection, {
    nullable: true, description: 'Vacancies it posted (HR) — 发布的招聘岗位' })
  vacancies(@Root() organization: OrganizationRecord, @Args() args: VacanciesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, VACANCY).pages<string>('employerUscc', args).load(organization.uscc);
  }

  @FieldResolver(() => StartupLoanConnection, {
    nullable: true, description: 'Guaranteed start-up loans it borrowed (HR) — 创业担保贷款' })
  startupLoans(@Root() organization: OrganizationRecord, @Args() args: StartupLoansArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, STARTUP_LOAN).pages<string>('borrowerUscc', args).load(organization.uscc);
  }
}
