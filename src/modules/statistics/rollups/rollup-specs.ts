import { RollupSpec } from '../../../../migrations/rollup-sql';
import { HR_ROLLUPS_V1 } from '../../../../migrations/hr/rollups.v1';


export {
  CATALOG_ENTRY_ROLLUP,
  COHORT_ROLLUP,
  ENROLLMENT_ROLLUP,
  LABOR_BRAND_ROLLUP,
  LABOR_BRAND_UNIT_ROLLUP,
  SKILL_CERTIFICATE_ROLLUP,
  STARTUP_LOAN_ROLLUP,
  TALENT_TITLE_ROLLUP,
  VACANCY_ROLLUP,
} from '../../../../migrations/hr/rollups.v1';

/**
 * The rollups of each source as the latest migration left them: what
 * `rollups rebuild` and the seed rebuild, and what the statistics read.
 * Culture keeps none: its figures (workshops and their recognitions) are
 * directory-sized and count no persons; they are read from the facts.
 */
export const CURRENT_ROLLUPS: Record<'culture' | 'hr', readonly RollupSpec[]> = {
  culture: [],
  hr: HR_ROLLUPS_V1,
};
