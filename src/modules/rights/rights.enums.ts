import { graphqlEnum } from '../../shared/graphql/enum';
import { RIGHTS_CASE_KINDS, RIGHTS_CASE_OUTCOMES } from '../../sources/hr';

export const RightsCaseKindEnum = graphqlEnum('RightsCaseKind', 'What a rights-protection case is about — 维权事项类别', RIGHTS_CASE_KINDS, {
  WAGE_ARREARS: 'Unpaid wages — 欠薪',
  LABOR_CONTRACT: 'A labour-contract dispute — 劳动合同争议',
  SOCIAL_INSURANCE: 'Social insurance — 社会保险',
  WORK_INJURY: 'A work injury — 工伤',
  OTHER: 'Anything else — 其他',
});

export const RightsCaseOutcomeEnum = graphqlEnum('RightsCaseOutcome', 'How a closed rights-protection case ended — 维权办结结果', RIGHTS_CASE_OUTCOMES, {
  RESOLVED: 'Resolved by the service centre — 协调解决',
  MEDIATED: 'Settled by mediation — 调解结案',
  REFERRED_TO_ARBITRATION: 'Referred to labour-dispute arbitration — 转劳动人事争议仲裁',
  REFERRED_TO_INSPECTION: 'Referred to labour inspection — 转劳动保障监察',
  WITHDRAWN: 'Withdrawn by the worker — 当事人撤回',
});
