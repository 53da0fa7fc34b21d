/**
 * Enumerations of the culture source, as value lists (for `simple-enum`
 * columns and validation) with their union types. Migrations repeat the
 * values literally: a migration is a snapshot and must not move with this file.
 */

/** 非遗十大门类: the national vocabulary, shared with HR (shared/identifiers/heritage-categories.ts). */
export { HERITAGE_CATEGORIES } from '../../shared/identifiers/heritage-categories';
export type { HeritageCategory } from '../../shared/identifiers/heritage-categories';

/** 名录级别: 国家级, 省级, 市级, 县级. */
export const ICH_LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'] as const;
export type IchLevel = (typeof ICH_LEVELS)[number];

/** 新入选 or 扩展项目. */
export const LISTING_KINDS = ['NEW', 'EXTENSION'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** 主体类型 in the 山东手造 directory. */
export const ORGANIZATION_TYPES = [
  'ENTERPRISE',
  'INDIVIDUAL_BUSINESS',
  'FARMERS_COOPERATIVE',
  'PUBLIC_INSTITUTION',
  'SOCIAL_ORGANIZATION',
  'OTHER',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** 山东手造·优选100 领域. */
export const SELECT100_FIELDS = [
  'PAINTING',
  'WEAVING_DYEING',
  'CARVING',
  'PLAITING',
  'FIRING_FORGING',
  'LACQUER',
  'STUDY_TOOLS',
  'FOOD',
] as const;
export type Select100Field = (typeof SELECT100_FIELDS)[number];

/** 非遗工坊状态. */
export const WORKSHOP_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** 工坊认定级别: 县级, 市级, 省级. */
export const RECOGNITION_LEVELS = ['COUNTY', 'CITY', 'PROVINCE'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

/** 传统工艺振兴目录 level: 国家, 省. */
export const CATALOGUE_LEVELS = ['NATIONAL', 'PROVINCIAL'] as const;
export type CatalogueLevel = (typeof CATALOGUE_LEVELS)[number];

/** Category codes of the provincial 传统工艺振兴目录 (the national list has none). */
export const REVITALIZATION_CATEGORY_CODES = [
  'FRZX',
  'BZZZ',
  'DKSZ',
  'JSJG',
  'JZKH',
  'TCSZ',
  'WFZZ',
  'QQXS',
  'YSZB',
  'SPZZ',
  'ZYPZ',
  'QJZZ',
] as const;
export type RevitalizationCategoryCode = (typeof REVITALIZATION_CATEGORY_CODES)[number];
