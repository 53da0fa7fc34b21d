import { naturalKey } from '../../records';
import { normalizeCitizenId } from '../../shared/identifiers';
import { PERSON } from './person.record';

/**
 * Persons by citizen ID number (GB 11643, normalised): the one lookup of
 * this natural key, for reads (an inheritor's person), filings and imports.
 */
export const PERSON_BY_CITIZEN_ID = naturalKey(PERSON, { column: 'citizenId', normalise: normalizeCitizenId });
