import { graphqlEnum } from '../../shared/graphql/enum';
import { FEATURED_DESIGNATION_KINDS, PILOT_MEMBER_ROLES } from '../../sources/hr';

export const PilotMemberRoleEnum = graphqlEnum('PilotMemberRole', 'How an organisation takes part in a production–training pilot — 试点参与类型', PILOT_MEMBER_ROLES, {
  ENTERPRISE: 'An enterprise of the industry cluster — 集群企业',
  TRAINING_PROVIDER: 'A filed training provider — 备案培训机构',
});

export const FeaturedDesignationKindEnum = graphqlEnum('FeaturedDesignationKind', 'What a featured designation names (notice §二(二)) — 特色认定类型', FEATURED_DESIGNATION_KINDS, {
  CITY_BRAND: 'A labour brand designated its city’s featured brand — 一市一品牌',
  COUNTY_PROJECT: 'A training catalogue programme designated its county’s featured project — 一县一项目',
});
