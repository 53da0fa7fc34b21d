import { graphqlEnum } from '../../shared/graphql/enum';

export const IchLevelEnum = graphqlEnum('IchLevel', 'Level of an ICH list — 非遗名录级别', {
  NATIONAL: 'National list, approved by the State Council — 国家级',
  PROVINCIAL: 'Provincial list — 省级',
  MUNICIPAL: 'Municipal (prefecture-level city) list — 市级',
  COUNTY: 'County-level list — 县级',
});

export const HeritageCategoryEnum = graphqlEnum('HeritageCategory', 'The ten official ICH categories, Ⅰ–Ⅹ — 非遗十大门类', {
  FOLK_LITERATURE: 'Ⅰ Folk literature — 民间文学',
  TRADITIONAL_MUSIC: 'Ⅱ Traditional music — 传统音乐',
  TRADITIONAL_DANCE: 'Ⅲ Traditional dance — 传统舞蹈',
  TRADITIONAL_THEATRE: 'Ⅳ Traditional theatre — 传统戏剧',
  QUYI: 'Ⅴ Storytelling and ballad singing — 曲艺',
  TRADITIONAL_SPORTS: 'Ⅵ Traditional sports, games and acrobatics — 传统体育、游艺与杂技',
  TRADITIONAL_ART: 'Ⅶ Traditional fine arts — 传统美术',
  TRADITIONAL_CRAFTSMANSHIP: 'Ⅷ Traditional craftsmanship — 传统技艺',
  TRADITIONAL_MEDICINE: 'Ⅸ Traditional medicine — 传统医药',
  FOLK_CUSTOM: 'Ⅹ Folk customs — 民俗',
});
