import { registerRecordNodes } from '../../records';
import { regionField } from '../region/region-field';
import { BootCampParticipantResolver, BootCampResolver, OrganizationStartupResolver, PersonStartupResolver, StartupServiceResolver } from './startup.resolvers';
import { BOOT_CAMP, BOOT_CAMP_PARTICIPANT, STARTUP_SERVICE } from './startup.record';
import { BootCamp, StartupService } from './startup.types';

/** Start-up services and boot camps (notice §二(四)): HR records. */
export const STARTUP_RECORDS = [STARTUP_SERVICE, BOOT_CAMP, BOOT_CAMP_PARTICIPANT];
registerRecordNodes(STARTUP_RECORDS);

export const startupResolvers = [
  StartupServiceResolver,
  BootCampResolver,
  BootCampParticipantResolver,
  PersonStartupResolver,
  OrganizationStartupResolver,
  regionField(StartupService, 'region', 'regionCode', 'The area that gave it — 地区'),
  regionField(BootCamp, 'region', 'regionCode', 'The city holding it — 举办城市'),
];

export * from './startup.record';
