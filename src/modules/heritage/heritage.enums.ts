import { graphqlEnum } from '../../shared/graphql/enum';
import { CATALOGUE_LEVELS, HERITAGE_CATEGORIES, ICH_LEVELS, LISTING_KINDS, REVITALIZATION_CATEGORY_CODES } from '../../sources/culture';

export const IchLevelEnum = graphqlEnum('IchLevel', 'Level of an ICH list — 非遗名录级别', ICH_LEVELS, {
  NATIONAL: 'National list, approved by the State Council — 国家级',
  PROVINCIAL: 'Provincial list — 省级',
  MUNICIPAL: 'Municipal (prefecture-level city) list — 市级',
  COUNTY: 'County-level list — 县级',
});

export const HeritageCategoryEnum = graphqlEnum('HeritageCategory', 'The ten official ICH categories, Ⅰ–Ⅹ — 非遗十大门类', HERITAGE_CATEGORIES, {
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

export const ListingKindEnum = graphqlEnum('ListingKind', 'Whether a listing is the item\'s first or an extension — 名录类型', LISTING_KINDS, {
  NEW: 'First listing of the item at this level — 新入选项目',
  EXTENSION: 'Extension listing: the item listed again for another area or safeguarding unit — 扩展项目',
});

export const RevitalizationCatalogueLevelEnum = graphqlEnum('RevitalizationCatalogueLevel', 'Level of a traditional crafts revitalisation catalogue — 传统工艺振兴目录级别', CATALOGUE_LEVELS, {
  NATIONAL: 'National catalogue, issued by the Ministry of Culture and Tourism with MIIT — 国家级',
  PROVINCIAL: 'Shandong provincial catalogue — 省级',
});

export const RevitalizationCategoryEnum = graphqlEnum(
  'RevitalizationCategory',
  'The twelve coded categories of the Shandong traditional crafts revitalisation catalogue — 山东省传统工艺振兴目录类别',
  REVITALIZATION_CATEGORY_CODES,
  {
    FRZX: 'Spinning, dyeing, weaving and embroidery — 纺染织绣',
    BZZZ: 'Plaiting, weaving and tying — 编织扎制',
    DKSZ: 'Carving and modelling — 雕刻塑造',
    JSJG: 'Metalworking — 金属加工',
    JZKH: 'Paper-cutting, engraving and painting — 剪纸刻绘',
    TCSZ: 'Ceramics firing — 陶瓷烧造',
    WFZZ: "Making of the scholar's studio tools — 文房制作",
    QQXS: 'Lacquerware and lacquer decoration — 漆器髹饰',
    YSZB: 'Printing and mounting — 印刷装裱',
    SPZZ: 'Food making — 食品制作',
    ZYPZ: 'Processing of Chinese medicinal materials — 中药炮制',
    QJZZ: 'Making of utensils and tools — 器具制作',
  },
);
