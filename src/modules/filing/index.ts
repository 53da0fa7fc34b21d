import { CultureFilingResolver } from './culture-filing.resolver';
import { HrFilingResolver } from './hr-filing.resolver';
import { JobSeekingFilingResolver } from './job-seeking-filing.resolver';
import { CareerRightsFilingResolver } from './career-rights-filing.resolver';
import { StartupFilingResolver } from './startup-filing.resolver';
import { TrainingFilingResolver } from './training-filing.resolver';

export const filingResolvers = [HrFilingResolver, TrainingFilingResolver, CultureFilingResolver, JobSeekingFilingResolver, StartupFilingResolver, CareerRightsFilingResolver];

// The validators `import` shares with the mutations.
export { IMPORT_RULES, IMPORT_TYPES } from './import-rules';
export type { ImportType } from './import-rules';
