/**
 * Column names that several record types share, as agencies' forms print
 * them. The first is what `import --template` writes; the others are read
 * too. `citizenId` is the name older exports of this layer used.
 */
export const ID_NUMBER = ['公民身份号码', '身份证号码', '身份证号', '证件号码', 'citizenId'] as const;
export const REGION_CODE = ['地区代码', '行政区划代码'] as const;
export const ITEM_KEYS = ['非遗项目编号', '非遗项目', '依托非遗项目'] as const;
export const OCCUPATION_CODE_COLUMN = ['职业编码', '职业代码'] as const;
export const STATUS = ['状态'] as const;
