import { defineRelation } from '../../records';
import { PERSON } from '../person/person.record';
import { PROFESSIONAL_TITLE, TALENT_PROGRAMME_AWARD } from './career.record';

/** How professional titles and talent programme awards reach persons (see records/relations.ts). */
export const PERSON_PROFESSIONAL_TITLES = defineRelation({ kind: 'page', parent: PERSON, field: 'professionalTitles', child: PROFESSIONAL_TITLE, link: 'person', parentKey: 'id' });
export const PERSON_TALENT_PROGRAMME_AWARDS = defineRelation({ kind: 'page', parent: PERSON, field: 'talentProgrammeAwards', child: TALENT_PROGRAMME_AWARD, link: 'person', parentKey: 'id' });
export const PROFESSIONAL_TITLE_PERSON = defineRelation({ kind: 'one', parent: PROFESSIONAL_TITLE, field: 'person', child: PERSON, parentKey: 'personId' });
export const PROGRAMME_AWARD_PERSON = defineRelation({ kind: 'one', parent: TALENT_PROGRAMME_AWARD, field: 'person', child: PERSON, parentKey: 'personId' });
