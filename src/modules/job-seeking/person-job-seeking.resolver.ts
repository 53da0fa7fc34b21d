import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { PersonRecord } from '../person/person.record';
import { Person } from '../person/person.type';
import { EmploymentServicesArgs } from './employment-service.inputs';
import { EmploymentServiceConnection } from './employment-service.type';
import { JobSeekersArgs } from './job-seeker.inputs';
import { JobSeeker, JobSeekerConnection } from './job-seeker.type';
import { EMPLOYMENT_SERVICE, JOB_SEEKER } from './job-seeking.record';

/** A person's job seeking: registrations and the services received (the person module knows nothing of them). */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonJobSeekingResolver {
  @FieldResolver(() => JobSeeker, { nullable: true, description: 'The latest job-seeker registration of the person, if any — 最近一次求职登记' })
  async jobSeeker(@Root() person: PersonRecord, @Ctx() ctx: RequestContext) {
    const all = await recordsOf(ctx, JOB_SEEKER).byColumn('personId', { orderBy: 'REGISTERED_ON' }).load(person.rowId);
    return all.length ? all[all.length - 1] : null;
  }

  @FieldResolver(() => JobSeekerConnection, { description: 'Every job-seeker registration of the person — 求职登记记录' })
  jobSeekerRegistrations(@Root() person: PersonRecord, @Args() args: JobSeekersArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, JOB_SEEKER).pages<number>('person', args).load(person.rowId);
  }

  @FieldResolver(() => EmploymentServiceConnection, { description: 'Introductions, guidance and policy consultations the person received — 接受的就业服务' })
  employmentServices(@Root() person: PersonRecord, @Args() args: EmploymentServicesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, EMPLOYMENT_SERVICE).pages<number>('person', args).load(person.rowId);
  }
}
