import { Args, Ctx, Extensions, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { CertificateStatisticsService } from './certificate-statistics.service';
import { CertificateStatistics } from './certificate-statistics.type';
import { DispatchReportService } from './dispatch-report.service';
import { DispatchReport } from './dispatch-report.type';
import { EnrollmentStatisticsService } from './enrollment-statistics.service';
import { EnrollmentStatistics } from './enrollment-statistics.type';
import { LoanStatisticsService } from './loan-statistics.service';
import { LoanStatistics } from './loan-statistics.type';
import {
  CertificateStatisticsArgs,
  DispatchReportArgs,
  EnrollmentStatisticsArgs,
  LoanStatisticsArgs,
  VacancyStatisticsArgs,
  WorkshopStatisticsArgs,
} from './statistics.args';
import { VacancyStatisticsService } from './vacancy-statistics.service';
import { VacancyStatistics } from './vacancy-statistics.type';
import { WorkshopStatisticsService } from './workshop-statistics.service';
import { WorkshopStatistics } from './workshop-statistics.type';

/**
 * Query-cost weights (src/http/limits/query-cost.ts): an aggregate reads many
 * rows, so it weighs more than a page of records — the report runs one GROUP
 * BY per indicator family, a group-by one to three statements.
 */
const DISPATCH_COST = 50;
const GROUP_BY_COST = 10;

@Resolver()
export class StatisticsResolver {
  @Query(() => DispatchReport, {
    nullable: true,
    description: 'The periodic dispatch report: every indicator for a month, quarter or year, per sub-region with totals — 调度报表',
  })
  @Extensions({ cost: DISPATCH_COST })
  dispatchReport(@Args() { period, regionCode }: DispatchReportArgs, @Ctx() ctx: RequestContext) {
    return new DispatchReportService(ctx).report(period, regionCode);
  }

  @Query(() => EnrollmentStatistics, { nullable: true, description: 'Trainee enrolments counted by the dimensions asked for — 学员分组统计' })
  @Extensions({ cost: GROUP_BY_COST })
  enrollmentStatistics(@Args() { groupBy, filter }: EnrollmentStatisticsArgs, @Ctx() ctx: RequestContext) {
    return new EnrollmentStatisticsService(ctx).statistics(groupBy, filter);
  }

  @Query(() => WorkshopStatistics, { nullable: true, description: 'ICH workshops counted by the dimensions asked for — 非遗工坊分组统计' })
  @Extensions({ cost: GROUP_BY_COST })
  workshopStatistics(@Args() { groupBy, filter }: WorkshopStatisticsArgs, @Ctx() ctx: RequestContext) {
    return new WorkshopStatisticsService(ctx).statistics(groupBy, filter);
  }

  @Query(() => CertificateStatistics, { nullable: true, description: 'Skill certificates counted by the dimensions asked for — 技能证书分组统计' })
  @Extensions({ cost: GROUP_BY_COST })
  certificateStatistics(@Args() { groupBy, filter }: CertificateStatisticsArgs, @Ctx() ctx: RequestContext) {
    return new CertificateStatisticsService(ctx).statistics(groupBy, filter);
  }

  @Query(() => VacancyStatistics, { nullable: true, description: 'Vacancies counted by the dimensions asked for — 招聘岗位分组统计' })
  @Extensions({ cost: GROUP_BY_COST })
  vacancyStatistics(@Args() { groupBy, filter }: VacancyStatisticsArgs, @Ctx() ctx: RequestContext) {
    return new VacancyStatisticsService(ctx).statistics(groupBy, filter);
  }

  @Query(() => LoanStatistics, { nullable: true, description: 'Guaranteed start-up loans counted and summed by the dimensions asked for — 创业担保贷款分组统计' })
  @Extensions({ cost: GROUP_BY_COST })
  loanStatistics(@Args() { groupBy, filter }: LoanStatisticsArgs, @Ctx() ctx: RequestContext) {
    return new LoanStatisticsService(ctx).statistics(groupBy, filter);
  }
}
