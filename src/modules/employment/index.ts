import { registerRecordNodes } from '../../records';
import { STARTUP_LOAN, VACANCY } from './employment.record';
import { StartupLoanResolver } from './startup-loan.resolver';
import { VacancyResolver } from './vacancy.resolver';
import { regionField } from '../region/region-field';
import { Vacancy } from './vacancy.type';
import { StartupLoan } from './startup-loan.type';

export const EMPLOYMENT_RECORDS = [VACANCY, STARTUP_LOAN];
registerRecordNodes(EMPLOYMENT_RECORDS);

export const employmentResolvers = [
  VacancyResolver,
  StartupLoanResolver,
  regionField(Vacancy, 'region', 'regionCode', 'The place of work — 工作地区'),
  regionField(StartupLoan, 'region', 'regionCode', 'The area that granted the loan — 地区'),
];

export * from './employment.record';
