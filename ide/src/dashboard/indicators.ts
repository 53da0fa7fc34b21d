/**
 * The columns of the dashboard, once: the table, its CSV, the charts and
 * the GraphQL selection are all made from this list, so what is fetched,
 * shown and downloaded cannot drift apart. Labels are Chinese first (the
 * terms of the dispatch form), English after, as in the schema's
 * descriptions.
 */
export interface Indicator {
  /** Figures object and field of a DispatchReportRow: `traineesEnrolled.total`; a top-level Int has no dot. */
  field: string;
  /** Column group heading. */
  group: string;
  label: string;
  en: string;
  /** Yuan, a Decimal string; else a count. */
  money?: boolean;
}

/**
 * Figures objects that count persons: for a viewer without person:read
 * their small figures are null and listed in the object's `suppressed`.
 * Everything else is always exact (Int!).
 */
export const SUPPRESSIBLE_OBJECTS: ReadonlySet<string> = new Set([
  'traineesEnrolled',
  'traineesCompleted',
  'subsidies',
  'certificatesIssued',
  'talentTitlesAwarded',
  'startupLoans',
  'jobSeeking',
  'startupServices',
  'bootCamps',
  'professionalTitlesObtained',
  'talentProgrammeAwards',
  'rightsCases',
]);

const WORKSHOPS = '非遗工坊 ICH workshops';
const BRANDS = '劳务品牌 Labour brands';
const TRAINING = '培训 Training';
const SUBSIDIES = '培训补贴 Training subsidies';
const CERTIFICATES = '证书与称号 Certificates and titles';
const VACANCIES = '招聘 Vacancies';
const LOANS = '创业担保贷款 Start-up loans';
const EMPLOYMENT = '就业服务 Employment services';
const STARTUP = '创业服务 Start-up services';
const PILOTS = '产训结合 Production–training';
const TALENT = '职称与人才 Titles and talent';
const RIGHTS = '维权 Rights services';

export const INDICATORS: readonly Indicator[] = [
  { field: 'workshops.recognized', group: WORKSHOPS, label: '认定工坊数', en: 'Workshops recognised' },
  { field: 'workshops.jobsCreated', group: WORKSHOPS, label: '带动就业人数', en: 'Jobs created' },
  { field: 'laborBrands.brands', group: BRANDS, label: '劳务品牌数（累计）', en: 'Labour brands (to date)' },
  { field: 'laborBrands.unitsRecognized', group: BRANDS, label: '认定建设单位', en: 'Building units recognised' },
  { field: 'catalogEntriesPublished', group: TRAINING, label: '发布培训项目数', en: 'Catalogue entries published' },
  { field: 'cohortsStarted', group: TRAINING, label: '开班数', en: 'Cohorts started' },
  { field: 'traineesEnrolled.total', group: TRAINING, label: '培训人次', en: 'Trainees enrolled' },
  { field: 'traineesEnrolled.ruralTransferLaborers', group: TRAINING, label: '其中：农村转移就业劳动者', en: 'of whom rural labourers' },
  { field: 'traineesEnrolled.registeredUnemployed', group: TRAINING, label: '其中：登记失业人员', en: 'of whom registered unemployed' },
  { field: 'traineesEnrolled.povertyAlleviated', group: TRAINING, label: '其中：脱贫人口', en: 'of whom lifted out of poverty' },
  { field: 'traineesEnrolled.noTargetGroup', group: TRAINING, label: '其中：非重点群体', en: 'of whom in no target group' },
  { field: 'traineesCompleted.total', group: TRAINING, label: '结业人次', en: 'Trainees completed' },
  { field: 'subsidies.claimsFiled', group: SUBSIDIES, label: '申领笔数', en: 'Claims filed' },
  { field: 'subsidies.claimedAmount', group: SUBSIDIES, label: '申领金额（元）', en: 'Yuan claimed', money: true },
  { field: 'subsidies.claimsPaid', group: SUBSIDIES, label: '拨付笔数', en: 'Claims paid' },
  { field: 'subsidies.paidAmount', group: SUBSIDIES, label: '拨付金额（元）', en: 'Yuan paid', money: true },
  { field: 'certificatesIssued.total', group: CERTIFICATES, label: '技能证书发放', en: 'Skill certificates issued' },
  { field: 'talentTitlesAwarded.total', group: CERTIFICATES, label: '人才称号授予', en: 'Talent titles awarded' },
  { field: 'vacancies.posted', group: VACANCIES, label: '发布岗位数', en: 'Vacancies posted' },
  { field: 'vacancies.headcount', group: VACANCIES, label: '招聘人数', en: 'People wanted' },
  { field: 'startupLoans.granted', group: LOANS, label: '贷款笔数', en: 'Loans granted' },
  { field: 'startupLoans.amount', group: LOANS, label: '贷款金额（元）', en: 'Yuan lent', money: true },
  { field: 'jobSeeking.registered', group: EMPLOYMENT, label: '求职登记人数', en: 'Job seekers registered' },
  { field: 'jobSeeking.served', group: EMPLOYMENT, label: '服务人数', en: 'Job seekers served' },
  { field: 'jobSeeking.introductions', group: EMPLOYMENT, label: '职业介绍', en: 'Introductions' },
  { field: 'jobSeeking.hires', group: EMPLOYMENT, label: '介绍成功', en: 'Hires' },
  { field: 'employmentEvents.held', group: EMPLOYMENT, label: '专项活动场次', en: 'Events held' },
  { field: 'employmentEvents.withHandmadeArea', group: EMPLOYMENT, label: '其中：设山东手造展示区', en: 'with a Shandong Handmade area' },
  { field: 'employmentEvents.exhibitors', group: EMPLOYMENT, label: '参展单位', en: 'Exhibitors' },
  { field: 'startupServices.given', group: STARTUP, label: '创业指导与咨询', en: 'Start-up services given' },
  { field: 'bootCamps.camps', group: STARTUP, label: '创业训练营', en: 'Boot camps opened' },
  { field: 'bootCamps.participants', group: STARTUP, label: '参营人数', en: 'Camp participants' },
  { field: 'industryPilots.pilots', group: PILOTS, label: '产训结合试点', en: 'Production–training pilots' },
  { field: 'trainingMaterials.released', group: PILOTS, label: '特色教材和课程', en: 'Materials and courses released' },
  { field: 'professionalTitlesObtained.total', group: TALENT, label: '取得职称', en: 'Professional titles obtained' },
  { field: 'talentProgrammeAwards.awarded', group: TALENT, label: '人才项目入选', en: 'Talent programme selections' },
  { field: 'rightsCases.opened', group: RIGHTS, label: '受理维权案件', en: 'Rights cases opened' },
  { field: 'rightsCases.closed', group: RIGHTS, label: '办结维权案件', en: 'Rights cases closed' },
];

/** The target groups of the training figures, for the "per target group" chart. */
export const TARGET_GROUPS: ReadonlyArray<{ field: string; label: string; en: string }> = [
  { field: 'ruralTransferLaborers', label: '农村转移就业劳动者', en: 'Rural labourers' },
  { field: 'registeredUnemployed', label: '登记失业人员', en: 'Registered unemployed' },
  { field: 'povertyAlleviated', label: '脱贫人口', en: 'Lifted out of poverty' },
  { field: 'noTargetGroup', label: '非重点群体', en: 'No target group' },
];

/** What the "over periods" chart follows: the person counts of the dispatch. */
export const TREND_INDICATORS: readonly Indicator[] = ['traineesEnrolled.total', 'traineesCompleted.total', 'certificatesIssued.total'].map(
  (field) => INDICATORS.find((i) => i.field === field)!,
);

export function indicatorByField(field: string): Indicator | undefined {
  return INDICATORS.find((i) => i.field === field);
}

/** `培训人次 Trainees enrolled`: a column's heading as one line (CSV, chart titles). */
export function indicatorTitle(indicator: Indicator): string {
  return `${indicator.label} ${indicator.en}`;
}
