/**
 * Value lists of the hr enumerations. Migrations repeat them as literals so an
 * applied migration never changes when a list here grows.
 */

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

/** 重点群体: the groups training subsidies and startup loans are targeted at. */
export const TARGET_GROUPS = ['RURAL_TRANSFER_LABORER', 'REGISTERED_UNEMPLOYED', 'POVERTY_ALLEVIATED'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const LABOR_BRAND_UNIT_KINDS = ['WORKSHOP', 'KEY_ENTERPRISE', 'KEY_PROJECT'] as const;
export type LaborBrandUnitKind = (typeof LABOR_BRAND_UNIT_KINDS)[number];

export const TRAINING_CATALOG_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type TrainingCatalogStatus = (typeof TRAINING_CATALOG_STATUSES)[number];

export const CREDIT_RATINGS = ['A', 'B', 'C'] as const;
export type CreditRating = (typeof CREDIT_RATINGS)[number];

export const ENROLLMENT_STATUSES = ['ENROLLED', 'COMPLETED', 'DROPPED'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export const SUBSIDY_CLAIM_STATUSES = ['FILED', 'APPROVED', 'PAID', 'REJECTED'] as const;
export type SubsidyClaimStatus = (typeof SUBSIDY_CLAIM_STATUSES)[number];

export const SKILL_CERTIFICATE_KINDS = ['SKILL_LEVEL', 'SPECIALIZED_ABILITY'] as const;
export type SkillCertificateKind = (typeof SKILL_CERTIFICATE_KINDS)[number];

/** 职业技能等级, from 学徒工 to 首席技师. */
export const SKILL_LEVELS = [
  'APPRENTICE',
  'JUNIOR',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const EVALUATOR_TYPES = ['EMPLOYER', 'SOCIAL_ORGANIZATION'] as const;
export type EvaluatorType = (typeof EVALUATOR_TYPES)[number];

export const TALENT_TITLE_KINDS = [
  'SHANDONG_TECHNICAL_EXPERT',
  'QILU_CHIEF_TECHNICIAN',
  'NATIONAL_TECHNICAL_EXPERT',
  'OTHER',
] as const;
export type TalentTitleKind = (typeof TALENT_TITLE_KINDS)[number];

export const CONTEST_CLASSES = ['CLASS_ONE', 'CLASS_TWO', 'OTHER'] as const;
export type ContestClass = (typeof CONTEST_CLASSES)[number];

export const VACANCY_STATUSES = ['OPEN', 'CLOSED'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** 求职登记状态: a registration is active until the person is placed or withdraws it. */
export const JOB_SEEKER_STATUSES = ['ACTIVE', 'PLACED', 'WITHDRAWN'] as const;
export type JobSeekerStatus = (typeof JOB_SEEKER_STATUSES)[number];

/** 公共就业服务: the three basic free services (职业介绍, 职业指导, 政策咨询). */
export const EMPLOYMENT_SERVICE_KINDS = ['INTRODUCTION', 'GUIDANCE', 'POLICY_CONSULTATION'] as const;
export type EmploymentServiceKind = (typeof EMPLOYMENT_SERVICE_KINDS)[number];

/** What a service came to: an introduction refers to a vacancy and ends hired or not hired. */
export const EMPLOYMENT_SERVICE_OUTCOMES = ['REFERRED', 'HIRED', 'NOT_HIRED', 'NONE'] as const;
export type EmploymentServiceOutcome = (typeof EMPLOYMENT_SERVICE_OUTCOMES)[number];

/** 公共就业服务专项活动: the national campaigns, and any other event. */
export const EMPLOYMENT_EVENT_KINDS = [
  'EMPLOYMENT_ASSISTANCE_MONTH',
  'SPRING_BREEZE',
  'PRIVATE_ENTERPRISE_MONTH',
  'HUNDRED_DAYS_ONLINE',
  'GOLDEN_AUTUMN',
  'OTHER',
] as const;
export type EmploymentEventKind = (typeof EMPLOYMENT_EVENT_KINDS)[number];

/** ICH categories as culture records them: the one national list (shared/identifiers/heritage-categories.ts), copied onto HR rows. */
export { HERITAGE_CATEGORIES as ICH_CATEGORIES } from '../../shared/identifiers/heritage-categories';
export type { HeritageCategory as IchCategoryName } from '../../shared/identifiers/heritage-categories';
/** 创业服务: the two kinds of start-up service the notice names (创业指导、创业咨询). */
export const STARTUP_SERVICE_KINDS = ['GUIDANCE', 'CONSULTATION'] as const;
export type StartupServiceKind = (typeof STARTUP_SERVICE_KINDS)[number];

/** A boot-camp participant's enterprise: 小微企业 or 初创企业. */
export const BOOT_CAMP_ENTERPRISE_KINDS = ['SMALL_MICRO', 'STARTUP'] as const;
export type BootCampEnterpriseKind = (typeof BOOT_CAMP_ENTERPRISE_KINDS)[number];

export const BOOT_CAMP_PARTICIPANT_STATUSES = ['SELECTED', 'COMPLETED', 'WITHDRAWN'] as const;
export type BootCampParticipantStatus = (typeof BOOT_CAMP_PARTICIPANT_STATUSES)[number];

/** Who takes part in a production–training pilot (产训结合建设试点). */
export const PILOT_MEMBER_ROLES = ['ENTERPRISE', 'TRAINING_PROVIDER'] as const;
export type PilotMemberRole = (typeof PILOT_MEMBER_ROLES)[number];

/** 一市一品牌 (a city's labour brand), 一县一项目 (a county's training programme). */
export const FEATURED_DESIGNATION_KINDS = ['CITY_BRAND', 'COUNTY_PROJECT'] as const;
export type FeaturedDesignationKind = (typeof FEATURED_DESIGNATION_KINDS)[number];
