import { graphqlEnum } from '../../shared/graphql/enum';
import { BOOT_CAMP_ENTERPRISE_KINDS, BOOT_CAMP_PARTICIPANT_STATUSES, STARTUP_SERVICE_KINDS } from '../../sources/hr';

export const StartupServiceKindEnum = graphqlEnum('StartupServiceKind', 'Kind of start-up service (notice §二(四)) — 创业服务类别', STARTUP_SERVICE_KINDS, {
  GUIDANCE: 'Start-up guidance, such as a SIYB (GYB, SYB, IYB, EYB) session or a mentor’s visit — 创业指导',
  CONSULTATION: 'Start-up consultation: policy, registration, finance questions answered — 创业咨询',
});

export const StartupClientKindEnum = graphqlEnum('StartupClientKind', 'Who a start-up service served — 服务对象类型', {
  PERSON: 'A person, with or without an enterprise — 个人',
  ENTERPRISE: 'An enterprise alone, by its USCC — 企业',
});

export const BootCampEnterpriseKindEnum = graphqlEnum('BootCampEnterpriseKind', 'What a boot-camp participant’s enterprise is — 参营企业类型', BOOT_CAMP_ENTERPRISE_KINDS, {
  SMALL_MICRO: 'A Shandong Handmade small or micro enterprise — 小微企业',
  STARTUP: 'A Shandong Handmade start-up — 初创企业',
});

export const BootCampParticipantStatusEnum = graphqlEnum('BootCampParticipantStatus', 'Where a participant stands in the camp — 参营状态', BOOT_CAMP_PARTICIPANT_STATUSES, {
  SELECTED: 'Selected, the camp not yet finished — 已入选',
  COMPLETED: 'Completed the camp — 已结营',
  WITHDRAWN: 'Withdrew — 已退出',
});
