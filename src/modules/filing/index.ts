import { CultureFilingResolver } from './culture-filing.resolver';
import { HrFilingResolver } from './hr-filing.resolver';
import { NoticeCFilingResolver } from './notice-c-filing.resolver';
import { TrainingFilingResolver } from './training-filing.resolver';

export const filingResolvers = [HrFilingResolver, TrainingFilingResolver, CultureFilingResolver, NoticeCFilingResolver];

// The validators `import` shares with the mutations.
export { IMPORT_RULES, IMPORT_TYPES } from './import-rules';
export type { ImportType } from './import-rules';
