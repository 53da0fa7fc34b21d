import { DateTimeScalar } from '../../shared/graphql/scalars';
import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { Region } from '../region/region.type';
import {
  CertificateCountsByLevel,
  DispatchEmploymentEventFigures,
  DispatchJobSeekingFigures,
  DispatchLaborBrandFigures,
  DispatchStartupLoanFigures,
  DispatchSubsidyFigures,
  DispatchVacancyFigures,
  DispatchWorkshopFigures,
  TalentTitleCountsByKind,
  TraineeCountsByTargetGroup,
} from './dispatch-figures.type';
import { DispatchBootCampFigures, DispatchIndustryPilotFigures, DispatchStartupServiceFigures } from './dispatch-startup-figures.type';
import { ReportPeriod } from './report-period.type';
import { DispatchRightsCaseFigures, DispatchTalentProgrammeFigures, DispatchTrainingMaterialFigures, ProfessionalTitleCountsByLevel } from './career-rights-figures.type';
import { MIN_CELL_DESCRIPTION, AS_OF_DESCRIPTION } from './suppression/suppressed-field';

export const DispatchRowKindEnum = graphqlEnum('DispatchRowKind', 'What a dispatch report row covers — 调度表行类型', {
  REGION: 'One region directly under the report’s region — 下级地区',
  DIRECT: 'Facts recorded at the report’s region itself rather than under one of its sub-regions; always present for a viewer without person:read, so that its presence says nothing — 本级',
  TOTAL: 'The whole report region, every row together — 合计',
});

@ObjectType('DispatchReportRow', { description: 'One line of the dispatch report, with every indicator for the period — 调度表行' })
export class DispatchReportRow {
  @Field(() => DispatchRowKindEnum, { description: 'Region, own level or totals — 行类型' })
  kind: keyof typeof DispatchRowKindEnum;

  @Field({ description: 'Row label as printed: the region’s name, 本级 or 合计 — 行名称' })
  label: string;

  @Field(() => Region, { description: 'The region the row covers; the report’s region for DIRECT and TOTAL rows — 地区' })
  region: Region;

  @Field(() => DispatchWorkshopFigures, { description: 'ICH workshops recognised and jobs created — 非遗工坊' })
  workshops: DispatchWorkshopFigures;

  @Field(() => DispatchLaborBrandFigures, { description: 'Labour brands and building units — 劳务品牌' })
  laborBrands: DispatchLaborBrandFigures;

  @Field(() => Int, { description: 'Training catalogue entries published in the period, withdrawn ones included — 发布培训项目数' })
  catalogEntriesPublished: number;

  @Field(() => Int, { description: 'Training cohorts that started in the period — 开班数' })
  cohortsStarted: number;

  @Field(() => TraineeCountsByTargetGroup, { description: 'Trainees enrolled in the period, placed by the cohort’s region — 培训人次（报名）' })
  traineesEnrolled: TraineeCountsByTargetGroup;

  @Field(() => TraineeCountsByTargetGroup, { description: 'Trainees who completed their training in the period — 结业人次' })
  traineesCompleted: TraineeCountsByTargetGroup;

  @Field(() => DispatchSubsidyFigures, { description: 'Training subsidies claimed and paid — 培训补贴' })
  subsidies: DispatchSubsidyFigures;

  @Field(() => CertificateCountsByLevel, { description: 'Skill certificates issued in the period — 技能证书发放' })
  certificatesIssued: CertificateCountsByLevel;

  @Field(() => TalentTitleCountsByKind, { description: 'Talent titles awarded in the period, placed by the title’s region: the area that put the holder forward, whose work the report follows (as enrolments go by the cohort’s region), not where the holder lives now — 人才称号授予（按推荐地区）' })
  talentTitlesAwarded: TalentTitleCountsByKind;

  @Field(() => DispatchVacancyFigures, { description: 'Vacancies posted — 招聘岗位' })
  vacancies: DispatchVacancyFigures;

  @Field(() => DispatchStartupLoanFigures, { description: 'Start-up loans granted — 创业担保贷款' })
  startupLoans: DispatchStartupLoanFigures;

  @Field(() => DispatchJobSeekingFigures, { description: 'Job seekers registered and served, introductions and hires — 求职登记与职业介绍' })
  jobSeeking: DispatchJobSeekingFigures;

  @Field(() => DispatchEmploymentEventFigures, { description: 'Employment service events and their exhibitors — 公共就业服务专项活动' })
  employmentEvents: DispatchEmploymentEventFigures;

  @Field(() => DispatchStartupServiceFigures, { description: 'Start-up guidance and consultation given (notice §二(四)) — 创业指导、创业咨询' })
  startupServices: DispatchStartupServiceFigures;

  @Field(() => DispatchBootCampFigures, { description: 'Start-up boot camps opened and their participants (notice §二(四)) — 创业训练营' })
  bootCamps: DispatchBootCampFigures;

  @Field(() => DispatchIndustryPilotFigures, { description: 'Production–training pilots of the period’s year (notice §二(二)) — 产训结合建设试点' })
  industryPilots: DispatchIndustryPilotFigures;
  @Field(() => DispatchTrainingMaterialFigures, { description: 'Shandong Handmade textbooks and courses released — 特色培训教材和课程' })
  trainingMaterials: DispatchTrainingMaterialFigures;

  @Field(() => ProfessionalTitleCountsByLevel, { description: 'Professional titles obtained in the period, placed by the holder’s region — 职称取得' })
  professionalTitlesObtained: ProfessionalTitleCountsByLevel;

  @Field(() => DispatchTalentProgrammeFigures, { description: 'Selections by local talent programmes, placed by the holder’s region — 人才项目入选' })
  talentProgrammeAwards: DispatchTalentProgrammeFigures;

  @Field(() => DispatchRightsCaseFigures, { description: 'Rights-protection cases of labour-brand workers opened and closed — 维权服务' })
  rightsCases: DispatchRightsCaseFigures;
}

@ObjectType('DispatchReport', {
  description: 'The periodic progress report cities dispatch to the province (鲁人社函〔2022〕59号): one row per sub-region and a totals row — 调度报表',
})
export class DispatchReport {
  @Field(() => ReportPeriod, { description: 'The period reported — 统计期间' })
  period: ReportPeriod;

  @Field(() => Region, { description: 'The region reported on — 填报地区' })
  region: Region;

  // Sixteen cities and a totals row at most, for the query-cost estimate.
  @Extensions({ listSize: 20 })
  @Field(() => [DispatchReportRow], { description: 'Sub-regions in code order, then 本级 when facts sit at the region itself, then the totals row — 报表行' })
  rows: DispatchReportRow[];

  @Field(() => DispatchReportRow, { description: 'The totals row, also the last of rows — 合计' })
  total: DispatchReportRow;

  @Field(() => Int, { nullable: true, description: MIN_CELL_DESCRIPTION })
  minCell: number | null;

  @Field(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  asOf: Date;
}
