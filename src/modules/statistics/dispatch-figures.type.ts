import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../shared/graphql/scalars';

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

@ObjectType('TraineeCountsByTargetGroup', { description: 'Trainee counts (person-times) by the target group the subsidy rests on — 分重点群体学员人次' })
export class TraineeCountsByTargetGroup {
  @Field(() => Int, { description: 'All trainees — 合计' })
  total: number;

  @Field(() => Int, { description: 'Rural labourers moving into non-farm work — 农村转移就业劳动者' })
  ruralTransferLaborers: number;

  @Field(() => Int, { description: 'Registered unemployed — 登记失业人员' })
  registeredUnemployed: number;

  @Field(() => Int, { description: 'Lifted out of poverty — 脱贫人口' })
  povertyAlleviated: number;

  @Field(() => Int, { description: 'In no target group — 非重点群体' })
  noTargetGroup: number;
}

@ObjectType('DispatchSubsidyFigures', { description: 'Training subsidies claimed and paid in the period, placed by the cohort’s region — 培训补贴申领与拨付' })
export class DispatchSubsidyFigures {
  @Field(() => Int, { description: 'Claims filed in the period, whatever their outcome — 本期申领笔数' })
  claimsFiled: number;

  @Field(() => DecimalScalar, { description: 'Yuan claimed by the claims filed in the period — 本期申领金额（元）' })
  claimedAmount: string;

  @Field(() => Int, { description: 'Claims paid in the period — 本期拨付笔数' })
  claimsPaid: number;

  @Field(() => DecimalScalar, { description: 'Yuan paid in the period — 本期拨付金额（元）' })
  paidAmount: string;
}

@ObjectType('CertificateCountsByLevel', { description: 'Skill certificates issued, by level — 分等级技能证书数' })
export class CertificateCountsByLevel {
  @Field(() => Int, { description: 'All certificates, of either kind — 合计' })
  total: number;

  @Field(() => Int, { description: 'Apprentice — 学徒工' })
  apprentice: number;

  @Field(() => Int, { description: 'Junior worker — 初级工' })
  junior: number;

  @Field(() => Int, { description: 'Intermediate worker — 中级工' })
  intermediate: number;

  @Field(() => Int, { description: 'Senior worker — 高级工' })
  senior: number;

  @Field(() => Int, { description: 'Technician — 技师' })
  technician: number;

  @Field(() => Int, { description: 'Senior technician — 高级技师' })
  seniorTechnician: number;

  @Field(() => Int, { description: 'Principal technician — 特级技师' })
  principalTechnician: number;

  @Field(() => Int, { description: 'Chief technician — 首席技师' })
  chiefTechnician: number;

  @Field(() => Int, { description: 'Specialised-ability certificates, which have no level — 专项职业能力证书' })
  specializedAbility: number;
}

@ObjectType('TalentTitleCountsByKind', { description: 'Talent titles awarded, by kind — 分类别人才称号数' })
export class TalentTitleCountsByKind {
  @Field(() => Int, { description: 'All titles — 合计' })
  total: number;

  @Field(() => Int, { description: 'Shandong Technical Expert — 山东省技术能手' })
  shandongTechnicalExpert: number;

  @Field(() => Int, { description: 'Qilu Chief Technician — 齐鲁首席技师' })
  qiluChiefTechnician: number;

  @Field(() => Int, { description: 'National Technical Expert — 全国技术能手' })
  nationalTechnicalExpert: number;

  @Field(() => Int, { description: 'Other titles — 其他' })
  other: number;
}

@ObjectType('DispatchVacancyFigures', { description: 'Vacancies posted in the period — 招聘岗位发布' })
export class DispatchVacancyFigures {
  @Field(() => Int, { description: 'Vacancies posted — 发布岗位数' })
  posted: number;

  @Field(() => Int, { description: 'People wanted by those vacancies — 招聘人数' })
  headcount: number;
}

@ObjectType('DispatchStartupLoanFigures', { description: 'Guaranteed start-up loans granted in the period — 创业担保贷款发放' })
export class DispatchStartupLoanFigures {
  @Field(() => Int, { description: 'Loans granted — 发放笔数' })
  granted: number;

  @Field(() => DecimalScalar, { description: 'Yuan lent — 发放金额（元）' })
  amount: string;
}
