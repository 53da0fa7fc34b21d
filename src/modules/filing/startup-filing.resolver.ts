import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { BOOT_CAMP, BOOT_CAMP_PARTICIPANT, STARTUP_SERVICE } from '../startup/startup.record';
import { bootCampParticipantRule } from './boot-camp-participant.rule';
import { bootCampRule } from './boot-camp.rule';
import { WRITE_PERMISSION } from './filing.env';
import { FilingSpec, runFiling } from './filing.runner';
import { startupServiceRule } from './startup-service.rule';
import { AdmitBootCampParticipantInput, RecordBootCampInput, RecordStartupServiceInput } from './startup.inputs';
import { AdmitBootCampParticipantPayload, RecordBootCampPayload, RecordStartupServicePayload } from './startup.payloads';
import { FEATURED_DESIGNATION, INDUSTRY_PILOT } from '../pilot/pilot.record';
import { featuredDesignationRule } from './featured-designation.rule';
import { industryPilotRule } from './industry-pilot.rule';
import { DesignateFeaturedInput, RecordIndustryPilotInput } from './pilot.inputs';
import { DesignateFeaturedPayload, RecordIndustryPilotPayload } from './pilot.payloads';

const INPUT = { description: 'What is filed — 备案内容' };

/** Reads a record just written by its definition's by-id loader, dropping any older answer first. */
const fresh = (definition: Parameters<typeof recordsOf>[1]) => async (ctx: RequestContext, id: number | string) => {
  const loader = recordsOf(ctx, definition).byId();
  loader.clear(Number(id));
  return (await loader.load(Number(id))) as object | null;
};

export const RECORD_STARTUP_SERVICE: FilingSpec<unknown> = { rule: startupServiceRule, field: 'startupService', typename: 'StartupService', load: fresh(STARTUP_SERVICE) };
export const RECORD_BOOT_CAMP: FilingSpec<unknown> = { rule: bootCampRule, field: 'bootCamp', typename: 'BootCamp', load: fresh(BOOT_CAMP) };
export const ADMIT_BOOT_CAMP_PARTICIPANT: FilingSpec<unknown> = { rule: bootCampParticipantRule, field: 'bootCampParticipant', typename: 'BootCampParticipant', load: fresh(BOOT_CAMP_PARTICIPANT) };

export const RECORD_INDUSTRY_PILOT: FilingSpec<unknown> = { rule: industryPilotRule, field: 'industryPilot', typename: 'IndustryPilot', load: fresh(INDUSTRY_PILOT) };
export const DESIGNATE_FEATURED: FilingSpec<unknown> = { rule: featuredDesignationRule, field: 'featuredDesignation', typename: 'FeaturedDesignation', load: fresh(FEATURED_DESIGNATION) };

/** Start-up services and boot camps (notice §二(四)); production–training pilots and featured designations (§二(二)). */
@Resolver()
export class StartupFilingResolver {
  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordStartupServicePayload, { description: 'Record a start-up service (guidance or consultation) — 创业服务记录' })
  recordStartupService(@Arg('input', () => RecordStartupServiceInput, INPUT) input: RecordStartupServiceInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_STARTUP_SERVICE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordBootCampPayload, { description: 'Record a city’s start-up boot camp — 创业训练营备案' })
  recordBootCamp(@Arg('input', () => RecordBootCampInput, INPUT) input: RecordBootCampInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_BOOT_CAMP, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => AdmitBootCampParticipantPayload, { description: 'Admit an enterprise and its operator to a boot camp — 创业训练营学员入选' })
  admitBootCampParticipant(@Arg('input', () => AdmitBootCampParticipantInput, INPUT) input: AdmitBootCampParticipantInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, ADMIT_BOOT_CAMP_PARTICIPANT, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordIndustryPilotPayload, { description: 'Record a production–training pilot with its enterprises, providers and programmes — 产训结合建设试点备案' })
  recordIndustryPilot(@Arg('input', () => RecordIndustryPilotInput, INPUT) input: RecordIndustryPilotInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_INDUSTRY_PILOT, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => DesignateFeaturedPayload, { description: 'Designate a city’s featured labour brand or a county’s featured programme for a year — 一市一品牌、一县一项目认定' })
  designateFeatured(@Arg('input', () => DesignateFeaturedInput, INPUT) input: DesignateFeaturedInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, DESIGNATE_FEATURED, input);
  }
}
