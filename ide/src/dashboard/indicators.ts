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
]);

const WORKSHOPS = '非遗工坊 ICH workshops';
const BRANDS = '劳务品牌 Labour brands';
const TRAINING = '培训 Training';
const SUBSIDIES = '培训补贴 Training subsidies';
const CERTIFICATES = '证书与称号 Certificates and titles';
const VACANCIES = '招聘 Vacancies';
const LOANS = '创业担保贷款 Start-up loans';

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
