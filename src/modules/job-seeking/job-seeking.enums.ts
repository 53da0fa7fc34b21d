import { graphqlEnum } from '../../shared/graphql/enum';
import { EMPLOYMENT_EVENT_KINDS, EMPLOYMENT_SERVICE_KINDS, EMPLOYMENT_SERVICE_OUTCOMES, JOB_SEEKER_STATUSES } from '../../sources/hr';

export const JobSeekerStatusEnum = graphqlEnum('JobSeekerStatus', 'State of a job-seeker registration — 求职登记状态', JOB_SEEKER_STATUSES, {
  ACTIVE: 'Looking for work — 求职中',
  PLACED: 'Found work — 已就业',
  WITHDRAWN: 'Registration withdrawn or lapsed — 已注销',
});

export const EmploymentServiceKindEnum = graphqlEnum('EmploymentServiceKind', 'Kind of public employment service — 公共就业服务类型', EMPLOYMENT_SERVICE_KINDS, {
  INTRODUCTION: 'Job introduction to a vacancy — 职业介绍',
  GUIDANCE: 'Career guidance — 职业指导',
  POLICY_CONSULTATION: 'Employment and start-up policy consultation — 政策咨询',
});

export const EmploymentServiceOutcomeEnum = graphqlEnum('EmploymentServiceOutcome', 'What a service came to — 服务结果', EMPLOYMENT_SERVICE_OUTCOMES, {
  REFERRED: 'Referred to a vacancy, answer pending — 已推荐',
  HIRED: 'Referred and hired — 推荐成功（已录用）',
  NOT_HIRED: 'Referred and not hired — 推荐未录用',
  NONE: 'No referral (guidance, consultation) — 无推荐',
});

export const EmploymentEventKindEnum = graphqlEnum('EmploymentEventKind', 'Campaign a public employment service event belongs to — 公共就业服务专项活动类型', EMPLOYMENT_EVENT_KINDS, {
  EMPLOYMENT_ASSISTANCE_MONTH: 'Employment Assistance Month (Jan–Feb) — 就业援助月',
  SPRING_BREEZE: 'Spring Breeze campaign for rural migrant workers — 春风行动',
  PRIVATE_ENTERPRISE_MONTH: 'Private Enterprise Recruitment Month — 民营企业招聘月',
  HUNDRED_DAYS_ONLINE: 'Hundred Days, Ten Million online recruitment (May–Aug) — 百日千万网络招聘专项行动',
  GOLDEN_AUTUMN: 'Golden Autumn recruitment month (Sep) — 金秋招聘月',
  OTHER: 'Another event — 其他活动',
});
