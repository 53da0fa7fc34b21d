import { Permission } from '../../auth/permissions';
import { registerRecordNodes } from '../../records';
import { regionField } from '../region/region-field';
import { EmploymentEventResolver, EventExhibitorResolver, OrganizationEventsResolver, VacancyEventsResolver } from './employment-event.resolver';
import { EmploymentEvent } from './employment-event.type';
import { EmploymentServiceResolver } from './employment-service.resolver';
import { EmploymentService } from './employment-service.type';
import { JobSeekerMatchResolver, JobSeekerResolver, VacancyJobSeekingResolver, VacancyMatchResolver } from './job-seeker.resolver';
import { JobSeeker } from './job-seeker.type';
import { EMPLOYMENT_EVENT, EMPLOYMENT_SERVICE, JOB_SEEKER } from './job-seeking.record';
import { PersonJobSeekingResolver } from './person-job-seeking.resolver';

export const JOB_SEEKING_RECORDS = [JOB_SEEKER, EMPLOYMENT_SERVICE, EMPLOYMENT_EVENT];
registerRecordNodes(JOB_SEEKING_RECORDS);

export * from './job-seeking.record';

/** 求职登记, 就业服务 and 专项活动 (notice §二(四), §三(二)). */
export const jobSeekingResolvers = [
  JobSeekerResolver,
  JobSeekerMatchResolver,
  VacancyMatchResolver,
  VacancyJobSeekingResolver,
  EmploymentServiceResolver,
  EmploymentEventResolver,
  EventExhibitorResolver,
  VacancyEventsResolver,
  OrganizationEventsResolver,
  PersonJobSeekingResolver,
  regionField(JobSeeker, 'region', 'regionCode', 'The area of the registering centre — 登记地区', { authorized: [Permission.PERSON_READ] }),
  regionField(EmploymentService, 'region', 'regionCode', 'The area of the centre that gave the service — 服务地区', { authorized: [Permission.PERSON_READ] }),
  regionField(EmploymentEvent, 'region', 'regionCode', 'Where the event was held — 举办地区'),
];
