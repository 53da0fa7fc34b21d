import { registerRecordNodes } from '../../records';
import { STARTUP_LOAN, VACANCY } from './employment.record';
import { StartupLoanResolver } from './startup-loan.resolver';
import { VacancyResolver } from './vacancy.resolver';

export const EMPLOYMENT_RECORDS = [VACANCY, STARTUP_LOAN];
registerRecordNodes(EMPLOYMENT_RECORDS);

export const employmentResolvers = [VacancyResolver, StartupLoanResolver];

export * from './employment.record';
