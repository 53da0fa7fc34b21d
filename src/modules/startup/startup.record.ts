import { allOf, asc, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { normalizeUscc } from '../../shared/identifiers';
import { BootCampEntity, BootCampParticipantEntity, StartupServiceEntity } from '../../sources/hr';
import type { HrTables } from '../../sources/hr/hr.tables';
import type { StartupClientKindEnum } from './startup.enums';
import type { BootCampFilter, BootCampParticipantFilter, StartupServiceFilter } from './startup.inputs';

type ServiceQuery = FilterQuery<StartupServiceFilter, HrTables['startupService'], HrTables>;

/** The client kind is derived: a service naming a person served a PERSON. */
function servedKinds(q: ServiceQuery): Condition | null {
  const kinds = q.input.clientKinds;
  if (!kinds?.length) return null;
  return allOf([!kinds.includes('ENTERPRISE') && q.where.isNull('personId', false), !kinds.includes('PERSON') && q.where.isNull('personId')]);
}

export const STARTUP_SERVICE = defineRecord({
  typename: 'StartupService',
  source: 'hr',
  table: 'startupService',
  entity: StartupServiceEntity,
  // Services to persons are personal data; services to an enterprise alone are not.
  personLink: 'optionalPersonId',
  orderings: { ID: [], SERVED_ON: [desc('servedOn')] },
  filter: (_f: StartupServiceFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('kinds', 'kind'),
    servedKinds(q),
    q.uscc('clientUscc', 'clientUscc'),
    q.contains('centreContains', 'centre'),
    q.range('servedFrom', 'servedTo', 'servedOn'),
  ],
  links: {
    personId: { column: 'personId' },
    clientUscc: { column: 'clientUscc', normalise: normalizeUscc },
  },
  hydrate: (service) => ({ ...service, clientKind: (service.personId != null ? 'PERSON' : 'ENTERPRISE') as keyof typeof StartupClientKindEnum }),
});

export const BOOT_CAMP = defineRecord({
  typename: 'BootCamp',
  source: 'hr',
  table: 'bootCamp',
  entity: BootCampEntity,
  orderings: { ID: [], CODE: [asc('code')], STARTS_ON: [asc('startsOn')] },
  filter: (_f: BootCampFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('startsFrom', 'startsTo', 'startsOn'),
    q.contains('nameContains', 'name'),
  ],
});

export const BOOT_CAMP_PARTICIPANT = defineRecord({
  typename: 'BootCampParticipant',
  source: 'hr',
  table: 'bootCampParticipant',
  entity: BootCampParticipantEntity,
  personLink: 'personId',
  orderings: { ID: [] },
  filter: (_f: BootCampParticipantFilter, q) => [q.oneOf('enterpriseKinds', 'enterpriseKind'), q.oneOf('statuses', 'status'), q.uscc('enterpriseUscc', 'enterpriseUscc')],
  links: {
    campId: { column: 'campId' },
    personId: { column: 'personId' },
    enterpriseUscc: { column: 'enterpriseUscc', normalise: normalizeUscc },
  },
});

export type StartupServiceRecord = RecordOf<typeof STARTUP_SERVICE>;
export type BootCampRecord = RecordOf<typeof BOOT_CAMP>;
export type BootCampParticipantRecord = RecordOf<typeof BOOT_CAMP_PARTICIPANT>;
