import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../shared/graphql/scalars';
import { SUPPRESSED_DESCRIPTION } from './suppression/suppressed-field';

@ObjectType('DispatchWorkshopFigures', { description: 'ICH workshops recognised in the period, by level, and the jobs they create — 非遗工坊认定与带动就业' })
export class DispatchWorkshopFigures {
  @Field(() => Int, { description: 'Workshops recognised at any level in the period, each counted once — 本期认定工坊数' })
  recognized: number;

  @Field(() => Int, { description: 'County-level recognitions in the period — 县级认定' })
  countyLevel: number;

  @Field(() => Int, { description: 'City-level recognitions in the period — 市级认定' })
  cityLevel: number;

  @Field(() => Int, { description: 'Provincial recognitions in the period; one recorded with only its year counts in that year — 省级认定' })
  provinceLevel: number;

  @Field(() => Int, { description: 'Jobs created by the workshops recognised in the period — 带动就业人数' })
  jobsCreated: number;
}

@ObjectType('DispatchLaborBrandFigures', { description: 'Labour brands and the units building them — 劳务品牌与建设单位' })
export class DispatchLaborBrandFigures {
  @Field(() => Int, { description: 'Labour brands established by the end of the period, by year of establishment (cumulative) — 劳务品牌数（累计）' })
  brands: number;

  @Field(() => Int, { description: 'Building units recognised in the period, placed by their brand’s region — 本期认定建设单位' })
  unitsRecognized: number;
}

@ObjectType('TraineeCountsByTargetGroup', { description: 'Trainee counts (person-times) by the target group the subsidy rests on; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 分重点群体学员人次（小于最小单元数的不公布）' })
export class TraineeCountsByTargetGroup {
  @Field(() => Int, { nullable: true, description: 'All trainees; null when suppressed — 合计' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'Rural labourers moving into non-farm work; null when suppressed — 农村转移就业劳动者' })
  ruralTransferLaborers: number | null;

  @Field(() => Int, { nullable: true, description: 'Registered unemployed; null when suppressed — 登记失业人员' })
  registeredUnemployed: number | null;

  @Field(() => Int, { nullable: true, description: 'Lifted out of poverty; null when suppressed — 脱贫人口' })
  povertyAlleviated: number | null;

  @Field(() => Int, { nullable: true, description: 'In no target group; null when suppressed — 非重点群体' })
  noTargetGroup: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchSubsidyFigures', { description: 'Training subsidies claimed and paid in the period, placed by the cohort’s region; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 培训补贴申领与拨付（小于最小单元数的不公布）' })
export class DispatchSubsidyFigures {
  @Field(() => Int, { nullable: true, description: 'Claims filed in the period, whatever their outcome; null when suppressed — 本期申领笔数' })
  claimsFiled: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Yuan claimed by the claims filed in the period; null when suppressed — 本期申领金额（元）' })
  claimedAmount: string | null;

  @Field(() => Int, { nullable: true, description: 'Claims paid in the period; null when suppressed — 本期拨付笔数' })
  claimsPaid: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Yuan paid in the period; null when suppressed — 本期拨付金额（元）' })
  paidAmount: string | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('CertificateCountsByLevel', { description: 'Skill certificates issued, by level; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 分等级技能证书数（小于最小单元数的不公布）' })
export class CertificateCountsByLevel {
  @Field(() => Int, { nullable: true, description: 'All certificates, of either kind; null when suppressed — 合计' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'Apprentice; null when suppressed — 学徒工' })
  apprentice: number | null;

  @Field(() => Int, { nullable: true, description: 'Junior worker; null when suppressed — 初级工' })
  junior: number | null;

  @Field(() => Int, { nullable: true, description: 'Intermediate worker; null when suppressed — 中级工' })
  intermediate: number | null;

  @Field(() => Int, { nullable: true, description: 'Senior worker; null when suppressed — 高级工' })
  senior: number | null;

  @Field(() => Int, { nullable: true, description: 'Technician; null when suppressed — 技师' })
  technician: number | null;

  @Field(() => Int, { nullable: true, description: 'Senior technician; null when suppressed — 高级技师' })
  seniorTechnician: number | null;

  @Field(() => Int, { nullable: true, description: 'Principal technician; null when suppressed — 特级技师' })
  principalTechnician: number | null;

  @Field(() => Int, { nullable: true, description: 'Chief technician; null when suppressed — 首席技师' })
  chiefTechnician: number | null;

  @Field(() => Int, { nullable: true, description: 'Specialised-ability certificates, which have no level; null when suppressed — 专项职业能力证书' })
  specializedAbility: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('TalentTitleCountsByKind', { description: 'Talent titles awarded, by kind; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 分类别人才称号数（小于最小单元数的不公布）' })
export class TalentTitleCountsByKind {
  @Field(() => Int, { nullable: true, description: 'All titles; null when suppressed — 合计' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'Shandong Technical Expert; null when suppressed — 山东省技术能手' })
  shandongTechnicalExpert: number | null;

  @Field(() => Int, { nullable: true, description: 'Qilu Chief Technician; null when suppressed — 齐鲁首席技师' })
  qiluChiefTechnician: number | null;

  @Field(() => Int, { nullable: true, description: 'National Technical Expert; null when suppressed — 全国技术能手' })
  nationalTechnicalExpert: number | null;

  @Field(() => Int, { nullable: true, description: 'Other titles; null when suppressed — 其他' })
  other: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchVacancyFigures', { description: 'Vacancies posted in the period — 招聘岗位发布' })
export class DispatchVacancyFigures {
  @Field(() => Int, { description: 'Vacancies posted — 发布岗位数' })
  posted: number;

  @Field(() => Int, { description: 'People wanted by those vacancies — 招聘人数' })
  headcount: number;
}

@ObjectType('DispatchStartupLoanFigures', { description: 'Guaranteed start-up loans granted in the period; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 创业担保贷款发放（小于最小单元数的不公布）' })
export class DispatchStartupLoanFigures {
  @Field(() => Int, { nullable: true, description: 'Loans granted; null when suppressed — 发放笔数' })
  granted: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Yuan lent; null when suppressed — 发放金额（元）' })
  amount: string | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchJobSeekingFigures', { description: 'Job seekers registered and served by public employment service centres in the period, placed by the centre’s area; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 求职登记与职业介绍（小于最小单元数的不公布）' })
export class DispatchJobSeekingFigures {
  @Field(() => Int, { nullable: true, description: 'Job-seeker registrations made in the period; null when suppressed — 求职登记人数' })
  registered: number | null;

  @Field(() => Int, { nullable: true, description: 'Persons given any service (introduction, guidance, consultation) in the period, once per centre’s area; null when suppressed — 接受服务人数' })
  served: number | null;

  @Field(() => Int, { nullable: true, description: 'Introductions to a vacancy (职业介绍) in the period; null when suppressed — 职业介绍人次' })
  introductions: number | null;

  @Field(() => Int, { nullable: true, description: 'Referrals that ended in a hire, by the day hired; null when suppressed — 介绍成功（录用）人数' })
  hires: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchEmploymentEventFigures', { description: 'Public employment service events held in the period and their exhibitors, placed by where held — 公共就业服务专项活动与山东手造展示区' })
export class DispatchEmploymentEventFigures {
  @Field(() => Int, { description: 'Events held — 举办活动场次' })
  held: number;

  @Field(() => Int, { description: 'Events with a Shandong Handmade exhibition area — 设山东手造展示区的场次' })
  withHandmadeArea: number;

  @Field(() => Int, { description: 'Organisations exhibiting, once per event — 参展单位（家次）' })
  exhibitors: number;

  @Field(() => Int, { description: 'Of them, in the Shandong Handmade exhibition area — 其中山东手造展示区参展' })
  handmadeAreaExhibitors: number;
}
