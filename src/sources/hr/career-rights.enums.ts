/**
 * Value lists of the training-material, professional-title and rights-service
 * records (鲁人社函〔2022〕59号 二(二), 二(三), 二(一)). Migrations repeat them as
 * literals so an applied migration never changes when a list here grows.
 */

/** 特色培训教材和培训课程: a printed textbook, a taught course, or a course given online. */
export const TRAINING_MATERIAL_KINDS = ['TEXTBOOK', 'COURSE', 'ONLINE_COURSE'] as const;
export type TrainingMaterialKind = (typeof TRAINING_MATERIAL_KINDS)[number];

/** 职称系列: 工艺美术 first, as the notice's crafts are evaluated in it. */
export const PROFESSIONAL_TITLE_SERIES = ['ARTS_AND_CRAFTS', 'ENGINEERING', 'OTHER'] as const;
export type ProfessionalTitleSeries = (typeof PROFESSIONAL_TITLE_SERIES)[number];

/** 职称层级 after the 2019 reform: 初级 (员级, 助理级), 中级, 高级 (副高级, 正高级). */
export const PROFESSIONAL_TITLE_LEVELS = ['STAFF', 'ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'FULL_SENIOR'] as const;
export type ProfessionalTitleLevel = (typeof PROFESSIONAL_TITLE_LEVELS)[number];

/** How the title was obtained: evaluated by a committee, or recognised directly (high-skill talent, 贯通). */
export const PROFESSIONAL_TITLE_ROUTES = ['EVALUATION', 'RECOGNITION'] as const;
export type ProfessionalTitleRoute = (typeof PROFESSIONAL_TITLE_ROUTES)[number];

/** Which government runs a talent programme (选拔培养奖励项目). */
export const TALENT_PROGRAMME_LEVELS = ['PROVINCE', 'CITY', 'COUNTY'] as const;
export type TalentProgrammeLevel = (typeof TALENT_PROGRAMME_LEVELS)[number];

/** 维权服务 case kinds. */
export const RIGHTS_CASE_KINDS = ['WAGE_ARREARS', 'LABOR_CONTRACT', 'SOCIAL_INSURANCE', 'WORK_INJURY', 'OTHER'] as const;
export type RightsCaseKind = (typeof RIGHTS_CASE_KINDS)[number];

/** How a closed case ended; an open case has none. */
export const RIGHTS_CASE_OUTCOMES = ['RESOLVED', 'MEDIATED', 'REFERRED_TO_ARBITRATION', 'REFERRED_TO_INSPECTION', 'WITHDRAWN'] as const;
export type RightsCaseOutcome = (typeof RIGHTS_CASE_OUTCOMES)[number];
