import { graphqlEnum } from '../../shared/graphql/enum';
import { PROFESSIONAL_TITLE_LEVELS, PROFESSIONAL_TITLE_ROUTES, PROFESSIONAL_TITLE_SERIES, TALENT_PROGRAMME_LEVELS } from '../../sources/hr';

export const ProfessionalTitleSeriesEnum = graphqlEnum('ProfessionalTitleSeries', 'Series of professional titles — 职称系列', PROFESSIONAL_TITLE_SERIES, {
  ARTS_AND_CRAFTS: 'Arts and crafts, where ICH craftspeople are evaluated — 工艺美术',
  ENGINEERING: 'Engineering — 工程技术',
  OTHER: 'Another series; the title is named in titleName — 其他系列',
});

export const ProfessionalTitleLevelEnum = graphqlEnum('ProfessionalTitleLevel', 'Level of a professional title after the 2019 reform — 职称层级', PROFESSIONAL_TITLE_LEVELS, {
  STAFF: 'Junior, staff grade, e.g. 工艺美术员 — 初级（员级）',
  ASSISTANT: 'Junior, assistant grade, e.g. 助理工艺美术师 — 初级（助理级）',
  INTERMEDIATE: 'Intermediate, e.g. 工艺美术师 — 中级',
  ASSOCIATE_SENIOR: 'Associate senior, e.g. 高级工艺美术师 — 副高级',
  FULL_SENIOR: 'Full senior, e.g. 正高级工艺美术师 — 正高级',
});

export const ProfessionalTitleRouteEnum = graphqlEnum('ProfessionalTitleRoute', 'How a professional title was obtained — 取得方式', PROFESSIONAL_TITLE_ROUTES, {
  EVALUATION: 'Evaluated by a title committee — 评审',
  RECOGNITION: 'Recognised directly, as high-skill talent and inheritors may be — 认定（含直接认定）',
});

export const TalentProgrammeLevelEnum = graphqlEnum('TalentProgrammeLevel', 'Which government runs a talent programme — 人才项目层级', TALENT_PROGRAMME_LEVELS, {
  PROVINCE: 'Provincial programme — 省级',
  CITY: 'City programme — 市级',
  COUNTY: 'County programme — 县级',
});
