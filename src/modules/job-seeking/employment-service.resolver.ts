import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, recordsOf } from '../../records';
import { VACANCY } from '../employment/employment.record';
import { Vacancy } from '../employment/vacancy.type';
import { PERSON } from '../person/person.record';
import { Person } from '../person/person.type';
import { EmploymentEvent } from './employment-event.type';
import { EmploymentServicesArgs } from './employment-service.inputs';
import { EmploymentService, EmploymentServiceConnection } from './employment-service.type';
import { EMPLOYMENT_EVENT, EMPLOYMENT_SERVICE, EmploymentServiceRecord } from './job-seeking.record';

@Authorized(Permission.PERSON_READ)
@Resolver(() => EmploymentService)
export class EmploymentServiceResolver {
  @Query(() => EmploymentServiceConnection, { nullable: true, description: 'Public employment services given to persons: introductions, guidance, policy consultations — 职业介绍、职业指导、政策咨询' })
  employmentServices(@Args() args: EmploymentServicesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, EMPLOYMENT_SERVICE, args);
  }

  @FieldResolver(() => Person, { description: 'The person served — 服务对象' })
  person(@Root() service: EmploymentServiceRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, PERSON).byId().load(service.personId);
  }

  @FieldResolver(() => Vacancy, { nullable: true, description: 'The vacancy an introduction referred the person to — 推荐岗位' })
  vacancy(@Root() service: EmploymentServiceRecord, @Ctx() ctx: RequestContext) {
    return service.vacancyId === null ? null : recordsOf(ctx, VACANCY).byId().load(service.vacancyId);
  }

  @FieldResolver(() => EmploymentEvent, { nullable: true, description: 'The event it was given at, if any — 所在专项活动' })
  event(@Root() service: EmploymentServiceRecord, @Ctx() ctx: RequestContext) {
    return service.eventId === null ? null : recordsOf(ctx, EMPLOYMENT_EVENT).byId().load(service.eventId);
  }
}
