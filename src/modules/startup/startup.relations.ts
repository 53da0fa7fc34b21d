import { defineRelation } from '../../records';
import { PERSON } from '../person/person.record';
import { BOOT_CAMP, BOOT_CAMP_PARTICIPANT, STARTUP_SERVICE } from './startup.record';

/** How start-up records reach each other and persons (see records/relations.ts). */
export const CAMP_PARTICIPANTS = defineRelation({ kind: 'page', parent: BOOT_CAMP, field: 'participants', child: BOOT_CAMP_PARTICIPANT, link: 'campId', parentKey: 'id' });
export const PARTICIPANT_CAMP = defineRelation({ kind: 'one', parent: BOOT_CAMP_PARTICIPANT, field: 'bootCamp', child: BOOT_CAMP, parentKey: 'campId' });
export const PARTICIPANT_OPERATOR = defineRelation({ kind: 'one', parent: BOOT_CAMP_PARTICIPANT, field: 'operator', child: PERSON, parentKey: 'personId' });
export const SERVICE_PERSON = defineRelation({ kind: 'one', parent: STARTUP_SERVICE, field: 'person', child: PERSON, parentKey: 'personId' });
export const PERSON_STARTUP_SERVICES = defineRelation({ kind: 'page', parent: PERSON, field: 'startupServices', child: STARTUP_SERVICE, link: 'personId', parentKey: 'id' });
export const PERSON_BOOT_CAMP_PARTICIPATIONS = defineRelation({ kind: 'page', parent: PERSON, field: 'bootCampParticipations', child: BOOT_CAMP_PARTICIPANT, link: 'personId', parentKey: 'id' });
