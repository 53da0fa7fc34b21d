import { graphqlEnum } from '../../shared/graphql/enum';
import { VACANCY_STATUSES } from '../../sources/hr';

export const VacancyStatusEnum = graphqlEnum('VacancyStatus', 'Whether a vacancy still takes applications — 岗位状态', VACANCY_STATUSES, {
  OPEN: 'Open for applications — 招聘中',
  CLOSED: 'Closed — 已结束',
});

export const BorrowerKindEnum = graphqlEnum('BorrowerKind', 'Who borrowed a start-up loan — 借款人类型', {
  PERSON: 'A person starting a business — 个人',
  ORGANIZATION: 'A small business or other organisation, by its USCC — 小微企业等组织',
});
