import { graphqlEnum } from '../../shared/graphql/enum';
import { RECOGNITION_LEVELS, WORKSHOP_STATUSES } from '../../sources/culture';

export const WorkshopStatusEnum = graphqlEnum('WorkshopStatus', 'Standing of a workshop\'s recognition — 非遗工坊状态', WORKSHOP_STATUSES, {
  ACTIVE: 'Recognised and operating — 正常',
  SUSPENDED: 'Recognition suspended pending rectification — 暂停',
  REVOKED: 'Recognition revoked — 撤销',
});

export const WorkshopRecognitionLevelEnum = graphqlEnum('WorkshopRecognitionLevel', 'Level at which a workshop is recognised — 非遗工坊认定级别', RECOGNITION_LEVELS, {
  COUNTY: 'Recognised by the county culture, HR and rural bureaus — 县级',
  CITY: 'Recognised at city level — 市级',
  PROVINCE: 'Recognised at provincial level — 省级',
});
