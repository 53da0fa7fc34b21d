import { ArgsType, Field } from 'type-graphql';
import { VacancyFilter } from '../employment/vacancy.inputs';
import { StartupLoanFilter } from '../employment/startup-loan.inputs';
import { SkillCertificateFilter } from '../talent/skill-certificate.inputs';
import { EnrollmentFilter } from '../training/enrollment.inputs';
import { WorkshopFilter } from '../workshop/workshop.inputs';
import { CertificateDimensionEnum } from './certificate-statistics.type';
import { PROVINCE_CODE } from './region-rollup';
import { EnrollmentDimensionEnum } from './enrollment-statistics.type';
import { LoanDimensionEnum } from './loan-statistics.type';
import { PeriodInput } from './period.inputs';
import { VacancyDimensionEnum } from './vacancy-statistics.type';
import { WorkshopDimensionEnum } from './workshop-statistics.type';

const GROUP_BY = 'Dimensions to group by, in the order groups are sorted; an empty list gives one group of everything — 分组维度';

@ArgsType()
export class DispatchReportArgs {
  @Field(() => PeriodInput, { description: 'The month, quarter or year to report — 统计期间' })
  period: PeriodInput;

  @Field({ defaultValue: PROVINCE_CODE, description: 'Region reported on: the province (rows per city) or a city (rows per county) — 填报地区代码' })
  regionCode: string;
}

@ArgsType()
export class EnrollmentStatisticsArgs {
  @Field(() => [EnrollmentDimensionEnum], { description: GROUP_BY })
  groupBy: Array<keyof typeof EnrollmentDimensionEnum>;

  @Field(() => EnrollmentFilter, { nullable: true, description: 'Which enrolments to count: the same filter as the enrollments list — 筛选条件' })
  filter?: EnrollmentFilter | null;
}

@ArgsType()
export class WorkshopStatisticsArgs {
  @Field(() => [WorkshopDimensionEnum], { description: GROUP_BY })
  groupBy: Array<keyof typeof WorkshopDimensionEnum>;

  @Field(() => WorkshopFilter, { nullable: true, description: 'Which workshops to count: the same filter as the workshops list — 筛选条件' })
  filter?: WorkshopFilter | null;
}

@ArgsType()
export class CertificateStatisticsArgs {
  @Field(() => [CertificateDimensionEnum], { description: GROUP_BY })
  groupBy: Array<keyof typeof CertificateDimensionEnum>;

  @Field(() => SkillCertificateFilter, { nullable: true, description: 'Which certificates to count: the same filter as the skillCertificates list — 筛选条件' })
  filter?: SkillCertificateFilter | null;
}

@ArgsType()
export class VacancyStatisticsArgs {
  @Field(() => [VacancyDimensionEnum], { description: GROUP_BY })
  groupBy: Array<keyof typeof VacancyDimensionEnum>;

  @Field(() => VacancyFilter, { nullable: true, description: 'Which vacancies to count: the same filter as the vacancies list — 筛选条件' })
  filter?: VacancyFilter | null;
}

@ArgsType()
export class LoanStatisticsArgs {
  @Field(() => [LoanDimensionEnum], { description: GROUP_BY })
  groupBy: Array<keyof typeof LoanDimensionEnum>;

  @Field(() => StartupLoanFilter, { nullable: true, description: 'Which loans to count: the same filter as the startupLoans list — 筛选条件' })
  filter?: StartupLoanFilter | null;
}
