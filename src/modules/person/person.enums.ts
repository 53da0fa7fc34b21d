import { graphqlEnum } from '../../shared/graphql/enum';
import { GENDERS, TARGET_GROUPS } from '../../sources/hr';

export const GenderEnum = graphqlEnum('Gender', 'Gender as recorded by HR — 性别', GENDERS, {
  MALE: 'Male — 男',
  FEMALE: 'Female — 女',
});

export const TargetGroupEnum = graphqlEnum('TargetGroup', 'Target group that training subsidies and start-up loans are aimed at — 重点群体', TARGET_GROUPS, {
  RURAL_TRANSFER_LABORER: 'Rural labourer moving into non-farm work — 农村转移就业劳动者',
  REGISTERED_UNEMPLOYED: 'Registered unemployed — 登记失业人员',
  POVERTY_ALLEVIATED: 'Lifted out of poverty and still receiving support policies — 脱贫享受政策人口',
});
