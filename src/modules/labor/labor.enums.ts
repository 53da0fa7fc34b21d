import { graphqlEnum } from '../../shared/graphql/enum';
import { LABOR_BRAND_UNIT_KINDS } from '../../sources/hr';

export const LaborBrandUnitKindEnum = graphqlEnum('LaborBrandUnitKind', 'Why a unit was recognised as building a labour brand — 劳务品牌建设单位类型', LABOR_BRAND_UNIT_KINDS, {
  WORKSHOP: 'ICH workshop operator — 非遗工坊',
  KEY_ENTERPRISE: 'Shandong Handmade key enterprise — 重点企业',
  KEY_PROJECT: 'Shandong Handmade key project — 重点项目',
});
