import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { WRITE_PERMISSION } from './filing.env';
import { RecordEmploymentEventPayload, RecordEmploymentServicePayload, RegisterJobSeekerPayload } from './filing.payloads';
import { runFiling } from './filing.runner';
import { RECORD_EMPLOYMENT_EVENT, RECORD_EMPLOYMENT_SERVICE, RECORD_REFERRAL_OUTCOME, REGISTER_JOB_SEEKER } from './filing.specs';
import { RecordEmploymentEventInput, RecordEmploymentServiceInput, RecordReferralOutcomeInput, RegisterJobSeekerInput } from './job-seeking.inputs';

const INPUT = { description: 'What is filed — 备案内容' };

/** Public employment services (notice §二(四), §三(二)): registrations, services, referral outcomes, events. */
@Resolver()
export class JobSeekingFilingResolver {
  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RegisterJobSeekerPayload, { description: 'Register a person as a job seeker — 求职登记' })
  registerJobSeeker(@Arg('input', () => RegisterJobSeekerInput, INPUT) input: RegisterJobSeekerInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, REGISTER_JOB_SEEKER, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordEmploymentServicePayload, { description: 'Record an introduction, guidance or policy consultation — 就业服务登记' })
  recordEmploymentService(@Arg('input', () => RecordEmploymentServiceInput, INPUT) input: RecordEmploymentServiceInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_EMPLOYMENT_SERVICE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordEmploymentServicePayload, { description: 'Record how a pending referral ended: hired (with the day) or not — 推荐结果登记' })
  recordReferralOutcome(@Arg('input', () => RecordReferralOutcomeInput, INPUT) input: RecordReferralOutcomeInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_REFERRAL_OUTCOME, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordEmploymentEventPayload, { description: 'Record a public employment service event with its exhibitors and vacancies — 公共就业服务专项活动登记' })
  recordEmploymentEvent(@Arg('input', () => RecordEmploymentEventInput, INPUT) input: RecordEmploymentEventInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_EMPLOYMENT_EVENT, input);
  }
}
