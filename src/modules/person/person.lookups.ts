import { naturalKey } from '../../records';
import { normalizeCitizenId } from '../../shared/identifiers';
import { PERSON } from './person.record';

/**
 * Persons by citizen ID number (GB 11643, normalised): the one lookup of
 * this natural key, for reads (an inheritor's person), filings and imports.
 */
export const PERSON_BY_CITIZEN_ID = naturalKey(PERSON, { column: 'citizenId', normalise: normalizeCitizenId });

/**
 * Persons by linkage key (HMAC of the ID number under PERSON_LINK_SECRET):
 * how the HR subgraph finds the person another bureau refers to, one
 * statement over the indexed link_key column for a whole level.
 */
export const PERSON_BY_LINK_KEY = naturalKey(PERSON, { column: 'linkKey' });
