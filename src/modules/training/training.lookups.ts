import { naturalKey } from '../../records';
import { TRAINING_CATALOG_ENTRY, TRAINING_COHORT, TRAINING_PROVIDER } from './training.record';

/** The lookups of the training records' natural keys, for reads, filings and imports (see records/record-lookup.ts). */

/** Cohorts by their code. */
export const TRAINING_COHORT_BY_CODE = naturalKey(TRAINING_COHORT, { column: 'code' });

/** Catalogue programmes by their code. */
export const CATALOG_ENTRY_BY_CODE = naturalKey(TRAINING_CATALOG_ENTRY, { column: 'code' });

/** Filed providers by USCC (normalised): one filing per provider. */
export const TRAINING_PROVIDER_BY_USCC = naturalKey(TRAINING_PROVIDER, { column: 'uscc' });
