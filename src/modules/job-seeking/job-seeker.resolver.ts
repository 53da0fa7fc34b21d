import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, recordsOf } from '../../records';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { VACANCY, VacancyRecord } from '../employment/employment.record';
import { Vacancy } from '../employment/vacancy.type';
import { PERSON } from '../person/person.record';
import { Person } from '../person/person.type';
import { EmploymentServiceConnection } from './employment-service.type';
import { EmploymentServicesArgs } from './employment-service.inputs';
import { JobSeekersArgs } from './job-seeker.inputs';
import { JobSeeker, JobSeekerConnection, JobSeekerSkill, MatchScore } from './job-seeker.type';
import { EMPLOYMENT_SERVICE, JOB_SEEKER, JobSeekerRecord } from './job-seeking.record';
import { JobSeekerMatch, JobSeekerMatchConnection, MatchArgsType, VacancyMatch, VacancyMatchConnection } from './match.type';
import { MATCH_FORMULA, matchPages, MatchRow } from './matching';

/** The skills of job seekers, one statement per batch. */
function skillsOf(ctx: RequestContext) {
  return ctx.loaders.get<number, JobSeekerSkill[]>('jobSeekerSkillsByJobSeekerId', undefined, async (ids) => {
    const rows: Array<Record<string, unknown>> = await ctx.sources.hr.query(
      `SELECT job_seeker_id, item_key, ich_category, occupation_code, certificate_level FROM job_seeker_skill WHERE job_seeker_id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
      [...ids],
    );
    return groupByKey(ids, rows, (r) => Number(r.job_seeker_id)).map((list) =>
      list.map((r) => ({ itemKey: (r.item_key as string | null) ?? null, ichCategory: (r.ich_category as never) ?? null, occupationCode: (r.occupation_code as string | null) ?? null, certificateLevel: (r.certificate_level as never) ?? null })),
    );
  });
}

function wishedRegionsOf(ctx: RequestContext) {
  return ctx.loaders.get<number, string[]>('wishedRegionsByJobSeekerId', undefined, async (ids) => {
    const rows: Array<Record<string, unknown>> = await ctx.sources.hr.query(
      `SELECT job_seeker_id, region_code FROM job_seeker_wished_region WHERE job_seeker_id IN (${ids.map(() => '?').join(', ')}) ORDER BY region_code`,
      [...ids],
    );
    return groupByKey(ids, rows, (r) => Number(r.job_seeker_id)).map((list) => list.map((r) => String(r.region_code)));
  });
}

@Authorized(Permission.PERSON_READ)
@Resolver(() => JobSeeker)
export class JobSeekerResolver {
  @Query(() => JobSeekerConnection, { nullable: true, description: 'Job-seeker registrations (求职登记) with the public employment service — 求职登记' })
  jobSeekers(@Args() args: JobSeekersArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, JOB_SEEKER, args);
  }

  @FieldResolver(() => Person, { description: 'The person registered — 求职人员' })
  person(@Root() seeker: JobSeekerRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, PERSON).byId().load(seeker.personId);
  }

  @FieldResolver(() => [JobSeekerSkill], { description: 'Crafts and skills offered, with certificate levels held — 掌握的技艺技能' })
  skills(@Root() seeker: JobSeekerRecord, @Ctx() ctx: RequestContext) {
    return skillsOf(ctx).load(seeker.rowId);
  }

  @FieldResolver(() => [String], { description: 'GB/T 2260 codes of the regions where the person wishes to work (county, city or province) — 意向工作地代码' })
  wishedRegionCodes(@Root() seeker: JobSeekerRecord, @Ctx() ctx: RequestContext) {
    return wishedRegionsOf(ctx).load(seeker.rowId);
  }

  @FieldResolver(() => EmploymentServiceConnection, { description: 'Employment services the person received — 接受的就业服务' })
  services(@Root() seeker: JobSeekerRecord, @Args() args: EmploymentServicesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, EMPLOYMENT_SERVICE).pages<number>('person', args).load(seeker.personId);
  }

  @FieldResolver(() => VacancyMatchConnection, { description: `Open vacancies ranked for this job seeker, best first. ${MATCH_FORMULA}` })
  matchingVacancies(@Root() seeker: JobSeekerRecord, @Args() args: MatchArgsType, @Ctx() ctx: RequestContext) {
    return matchPages(ctx, 'vacancies', args).load(seeker.rowId);
  }
}

@Resolver(() => JobSeekerMatch)
export class JobSeekerMatchResolver {
  @FieldResolver(() => JobSeeker, { description: 'The job seeker — 求职者' })
  jobSeeker(@Root() match: MatchRow, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, JOB_SEEKER).byId().load(match.jobSeekerId);
  }

  @FieldResolver(() => MatchScore, { description: 'The score and its components — 匹配得分' })
  score(@Root() match: MatchRow) {
    return match;
  }
}

@Resolver(() => VacancyMatch)
export class VacancyMatchResolver {
  @FieldResolver(() => Vacancy, { description: 'The vacancy — 岗位' })
  vacancy(@Root() match: MatchRow, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, VACANCY).byId().load(match.vacancyId);
  }

  @FieldResolver(() => MatchScore, { description: 'The score and its components — 匹配得分' })
  score(@Root() match: MatchRow) {
    return match;
  }
}

/** Matching and referrals seen from the vacancy. */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Vacancy)
export class VacancyJobSeekingResolver {
  @FieldResolver(() => JobSeekerMatchConnection, { description: `Registered job seekers ranked for this vacancy, best first. ${MATCH_FORMULA}` })
  candidates(@Root() vacancy: VacancyRecord, @Args() args: MatchArgsType, @Ctx() ctx: RequestContext) {
    return matchPages(ctx, 'candidates', args).load(vacancy.rowId);
  }

  @FieldResolver(() => EmploymentServiceConnection, { description: 'Introductions that referred a person to this vacancy, whatever their outcome — 推荐到该岗位的职业介绍' })
  referrals(@Root() vacancy: VacancyRecord, @Args() args: EmploymentServicesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, EMPLOYMENT_SERVICE).pages<number>('vacancyId', args).load(vacancy.rowId);
  }

  @FieldResolver(() => EmploymentServiceConnection, { description: 'Referrals to this vacancy that ended in a hire (outcome HIRED); totalCount counts them — 推荐成功（录用）记录' })
  hires(@Root() vacancy: VacancyRecord, @Args() args: EmploymentServicesArgs, @Ctx() ctx: RequestContext) {
    const filter = { ...(args.filter ?? {}), outcomes: ['HIRED' as const] };
    return recordsOf(ctx, EMPLOYMENT_SERVICE).pages<number>('vacancyId', { ...args, filter }).load(vacancy.rowId);
  }
}
