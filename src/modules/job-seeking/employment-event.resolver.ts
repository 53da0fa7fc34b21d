import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, recordsOf } from '../../records';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { VACANCY, VacancyRecord } from '../employment/employment.record';
import { VacancyConnection } from '../employment/vacancy.connection';
import { VacanciesArgs } from '../employment/vacancy.inputs';
import { Vacancy } from '../employment/vacancy.type';
import { organizationsByUscc } from '../organization/organization.lookups';
import type { OrganizationRecord } from '../organization/organization.record';
import { Organization } from '../organization/organization.type';
import { EmploymentEventsArgs } from './employment-event.inputs';
import { EmploymentEvent, EmploymentEventConnection, EventExhibitor } from './employment-event.type';
import { EmploymentServicesArgs } from './employment-service.inputs';
import { EmploymentServiceConnection } from './employment-service.type';
import { EMPLOYMENT_EVENT, EMPLOYMENT_SERVICE, EmploymentEventRecord } from './job-seeking.record';

/** Exhibitors of events, one statement per batch. */
function exhibitorsOf(ctx: RequestContext) {
  return ctx.loaders.get<number, EventExhibitor[]>('exhibitorsByEventId', undefined, async (ids) => {
    const rows: Array<Record<string, unknown>> = await ctx.sources.hr.query(
      `SELECT event_id, uscc, in_handmade_area FROM employment_event_exhibitor WHERE event_id IN (${ids.map(() => '?').join(', ')}) ORDER BY uscc`,
      [...ids],
    );
    return groupByKey(ids, rows, (r) => Number(r.event_id)).map((list) => list.map((r) => ({ uscc: String(r.uscc), inHandmadeArea: Number(r.in_handmade_area) === 1 || r.in_handmade_area === true })));
  });
}

@Resolver(() => EmploymentEvent)
export class EmploymentEventResolver {
  @Query(() => EmploymentEventConnection, { nullable: true, description: 'Public employment service events, such as 春风行动 job fairs, some with a Shandong Handmade exhibition area — 公共就业服务专项活动' })
  employmentEvents(@Args() args: EmploymentEventsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, EMPLOYMENT_EVENT, args);
  }

  @FieldResolver(() => [EventExhibitor], { description: 'Organisations that exhibited, by USCC — 参展单位' })
  exhibitors(@Root() event: EmploymentEventRecord, @Ctx() ctx: RequestContext) {
    return exhibitorsOf(ctx).load(event.rowId);
  }

  @FieldResolver(() => VacancyConnection, { description: 'Vacancies posted at the event — 活动发布的岗位' })
  vacancies(@Root() event: EmploymentEventRecord, @Args() args: VacanciesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, VACANCY).pages<number>('eventId', args).load(event.rowId);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => EmploymentServiceConnection, { description: 'Services given to job seekers at the event — 活动中提供的就业服务' })
  services(@Root() event: EmploymentEventRecord, @Args() args: EmploymentServicesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, EMPLOYMENT_SERVICE).pages<number>('eventId', args).load(event.rowId);
  }
}

@Resolver(() => EventExhibitor)
export class EventExhibitorResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The exhibitor as an organisation, with its culture records — 参展单位主体' })
  organization(@Root() exhibitor: EventExhibitor, @Ctx() ctx: RequestContext) {
    return organizationsByUscc(ctx).load(exhibitor.uscc);
  }
}

@Resolver(() => Vacancy)
export class VacancyEventsResolver {
  @FieldResolver(() => EmploymentEventConnection, { description: 'Employment service events the vacancy was posted at — 发布该岗位的专项活动' })
  events(@Root() vacancy: VacancyRecord, @Args() args: EmploymentEventsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, EMPLOYMENT_EVENT).pages<number>('vacancyId', args).load(vacancy.rowId);
  }
}

@Resolver(() => Organization)
export class OrganizationEventsResolver {
  @FieldResolver(() => EmploymentEventConnection, { nullable: true, description: 'Employment service events it exhibited at (HR) — 参展的公共就业服务专项活动' })
  employmentEvents(@Root() organization: OrganizationRecord, @Args() args: EmploymentEventsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, EMPLOYMENT_EVENT).pages<string>('exhibitorUscc', args).load(organization.uscc);
  }
}
