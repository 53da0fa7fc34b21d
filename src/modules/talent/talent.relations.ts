import { defineRelation } from '../../records';
import { HERITAGE_ITEM } from '../heritage/heritage.record';
import { PERSON } from '../person/person.record';
import { CONTEST, CONTEST_ENTRY, SKILL_CERTIFICATE, TALENT_TITLE } from './talent.record';

/** How talent records reach persons and each other (see records/relations.ts). */
export const PERSON_SKILL_CERTIFICATES = defineRelation({ kind: 'page', parent: PERSON, field: 'skillCertificates', child: SKILL_CERTIFICATE, link: 'person', parentKey: 'id' });
export const PERSON_TALENT_TITLES = defineRelation({ kind: 'page', parent: PERSON, field: 'talentTitles', child: TALENT_TITLE, link: 'person', parentKey: 'id' });
export const PERSON_CONTEST_ENTRIES = defineRelation({ kind: 'page', parent: PERSON, field: 'contestEntries', child: CONTEST_ENTRY, link: 'person', parentKey: 'id' });
export const CONTEST_ENTRIES = defineRelation({ kind: 'page', parent: CONTEST, field: 'entries', child: CONTEST_ENTRY, link: 'contest', parentKey: 'id' });
export const ITEM_CONTESTS = defineRelation({ kind: 'page', parent: HERITAGE_ITEM, field: 'contests', child: CONTEST, link: 'itemKey', parentKey: 'itemKey' });
export const CERTIFICATE_PERSON = defineRelation({ kind: 'one', parent: SKILL_CERTIFICATE, field: 'person', child: PERSON, parentKey: 'personId' });
export const TITLE_PERSON = defineRelation({ kind: 'one', parent: TALENT_TITLE, field: 'person', child: PERSON, parentKey: 'personId' });
export const ENTRY_PERSON = defineRelation({ kind: 'one', parent: CONTEST_ENTRY, field: 'person', child: PERSON, parentKey: 'personId' });
export const ENTRY_CONTEST = defineRelation({ kind: 'one', parent: CONTEST_ENTRY, field: 'contest', child: CONTEST, parentKey: 'contestId' });
